// bench_fold: how fast text is folded for search (the cost paid per document when indexing
// and per keystroke when searching).
//   bench_fold [ROUNDS]
#include "core/text/fold.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 9;

    // 100,000 subjects of realistic length, mixed precomposed and decomposed.
    const QStringList seeds{
        QStringLiteral("Quyết định về việc phê duyệt kế hoạch cải cách hành chính năm 2026"),
        QStringLiteral("Công văn về việc đôn đốc triển khai chuyển đổi số trong cơ quan nhà nước"),
        QStringLiteral("Thông báo kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc"),
        QStringLiteral("Tờ trình đề nghị thẩm định dự thảo Nghị quyết của Hội đồng nhân dân"),
        QStringLiteral("Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội quý III")
            .normalized(QString::NormalizationForm_D),
    };
    std::vector<QString> subjects;
    subjects.reserve(100'000);
    qint64 chars = 0;
    for (int i = 0; i < 100'000; ++i) {
        subjects.push_back(seeds.at(i % seeds.size()) + QStringLiteral(" số %1").arg(i));
        chars += subjects.back().size();
    }

    lt::text::foldForSearch(u"khởi động"); // build the table outside the timing

    std::vector<double> ms;
    qsizetype sink = 0;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        for (const QString &s : subjects)
            sink += lt::text::foldForSearch(s).size();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    std::printf("fold 100000 subjects (%lld chars): median %.1f ms over %d rounds "
                "(%.1f M chars/s) [%lld]\n",
                static_cast<long long>(chars), median, rounds, double(chars) / median / 1e3,
                static_cast<long long>(sink % 10));
    return 0;
}
