#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeWidget;

namespace lt::ui {

// The desktop's main window: navigation boxes on the left, the document area on the right.
// Until a server is configured it shows its empty state.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The boxes of the navigation, in display order.
    enum class Box { ToHandle, Incoming, OutgoingDrafts, ToSign, Sent, Tasks, Search };

    explicit MainWindow(QWidget *parent = nullptr);

    // The label shown for a box in the navigation (for tests and accessibility).
    QString boxLabel(Box box) const;
    int boxCount(Box box) const;
    void setBoxCount(Box box, int count);
    Box currentBox() const;

private:
    void createMenus();
    void createNavigation();
    QWidget *createEmptyState();
    void showAbout();
    void chooseLanguage(const QString &language);

    QTreeWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_connection = nullptr;
};

} // namespace lt::ui
