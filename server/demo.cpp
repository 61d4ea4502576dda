#include "server/demo.h"

#include "core/model/json.h"
#include "core/workflow/desk.h"
#include "core/workflow/numbering.h"
#include "server/auth.h"
#include "server/db.h"
#include "server/demopdf.h"
#include "server/service.h"

#include <QJsonDocument>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <random>

namespace lt::server {

namespace {

using R = Relation;

struct Dept
{
    const char *name;
    const char *shortName;
};

// clang-format off
constexpr Dept kDepartments[] = {
    {"Văn phòng Ủy ban nhân dân tỉnh", "VP"},
    {"Sở Nội vụ", "SNV"},
    {"Sở Tài chính", "STC"},
    {"Sở Tư pháp", "STP"},
    {"Sở Công Thương", "SCT"},
    {"Sở Nông nghiệp và Môi trường", "SNNMT"},
    {"Sở Xây dựng", "SXD"},
    {"Sở Giáo dục và Đào tạo", "SGDĐT"},
    {"Sở Y tế", "SYT"},
    {"Sở Khoa học và Công nghệ", "SKHCN"},
    {"Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"},
    {"Sở Dân tộc và Tôn giáo", "SDTTG"},
    {"Sở Ngoại vụ", "SNgV"},
    {"Thanh tra tỉnh", "TTr"},
    {"Ban Quản lý các khu công nghiệp", "BQLKCN"},
    {"Ban Quản lý dự án đầu tư xây dựng tỉnh", "BQLDA"},
    {"Trung tâm Phục vụ hành chính công tỉnh", "TTPVHCC"},
    {"Đài Phát thanh và Truyền hình tỉnh", "ĐPTTH"},
    {"Quỹ Đầu tư phát triển tỉnh", "QĐTPT"},
    {"Trường Chính trị tỉnh", "TCT"},
    {"Công an tỉnh", "CAT"},
    {"Bộ Chỉ huy Quân sự tỉnh", "BCHQS"},
};

constexpr const char *kCommunes[] = {
    "xã An Phú", "xã Bình Minh", "xã Cẩm Sơn", "phường Đông Hà", "xã Hòa Lạc", "xã Kim Liên",
    "phường Long Biên Tân", "xã Minh Khai", "xã Ngọc Lặc Mới", "phường Phú Thịnh",
    "xã Quảng Tâm", "xã Tân Lập",
};

struct External
{
    const char *name;
    const char *parent;
    const char *shortName;
    const char *code;
};
constexpr External kExternal[] = {
    {"Văn phòng Chính phủ", "CHÍNH PHỦ", "VPCP", "000.00.00.G22"},
    {"Bộ Nội vụ", "BỘ NỘI VỤ", "BNV", "000.00.00.G09"},
    {"Bộ Tài chính", "BỘ TÀI CHÍNH", "BTC", "000.00.00.G10"},
    {"Bộ Xây dựng", "BỘ XÂY DỰNG", "BXD", "000.00.00.G16"},
    {"Bộ Y tế", "BỘ Y TẾ", "BYT", "000.00.00.G18"},
    {"Bộ Giáo dục và Đào tạo", "BỘ GIÁO DỤC VÀ ĐÀO TẠO", "BGDĐT", "000.00.00.G05"},
    {"Bộ Khoa học và Công nghệ", "BỘ KHOA HỌC VÀ CÔNG NGHỆ", "BKHCN", "000.00.00.G06"},
    {"Thủ tướng Chính phủ", "THỦ TƯỚNG CHÍNH PHỦ", "TTg", "000.00.00.G22"},
    {"Ủy ban nhân dân tỉnh Bắc Giang Mới", "ỦY BAN NHÂN DÂN", "UBND", "000.00.00.H05"},
    {"Ủy ban nhân dân thành phố Cảng Xanh", "ỦY BAN NHÂN DÂN", "UBND", "000.00.00.H31"},
};

constexpr const char *kFamily[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
                                   "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
constexpr const char *kMiddle[] = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang",
                                   "Thu", "Xuân"};
constexpr const char *kGiven[] = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh",
                                  "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam",
                                  "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang",
                                  "Tuấn", "Việt", "Yến", "Đạt", "Ánh", "Lộc"};

constexpr const char *kTopics[] = {
    "triển khai chuyển đổi số trong cơ quan nhà nước năm 2026",
    "tăng cường kỷ luật, kỷ cương hành chính",
    "phê duyệt kế hoạch đầu tư công trung hạn giai đoạn 2026-2030",
    "phòng, chống thiên tai và tìm kiếm cứu nạn mùa mưa bão",
    "đẩy nhanh tiến độ giải ngân vốn đầu tư công",
    "sắp xếp, tinh gọn tổ chức bộ máy các cơ quan chuyên môn",
    "tổ chức Hội nghị tổng kết công tác cải cách hành chính",
    "phòng, chống dịch bệnh trên gia súc, gia cầm",
    "bảo đảm an toàn giao thông dịp Tết Nguyên đán",
    "thực hiện chính sách hỗ trợ hộ nghèo, hộ cận nghèo",
    "quản lý, sử dụng tài sản công tại cơ quan, đơn vị",
    "công tác tuyển sinh vào lớp 10 năm học 2026-2027",
    "kiểm tra công tác quản lý đất đai, tài nguyên khoáng sản",
    "xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu",
    "thu hút đầu tư vào các khu công nghiệp",
    "cấp giấy chứng nhận quyền sử dụng đất cho người dân",
    "ứng dụng chữ ký số trong gửi, nhận văn bản điện tử",
    "tổ chức các hoạt động kỷ niệm Ngày Quốc khánh 2/9",
    "bố trí kinh phí thực hiện nhiệm vụ khoa học và công nghệ",
    "giải quyết đơn thư khiếu nại, tố cáo của công dân",
    "cung cấp dịch vụ công trực tuyến toàn trình",
    "bảo vệ môi trường lưu vực sông",
    "đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức",
    "phòng cháy, chữa cháy tại khu dân cư và cơ sở sản xuất",
};
// clang-format on

struct TypeWeight
{
    DocumentType type;
    int weight;
};
constexpr TypeWeight kTypeWeights[] = {
    {DocumentType::CongVan, 34},    {DocumentType::QuyetDinh, 14},
    {DocumentType::ThongBao, 9},    {DocumentType::KeHoach, 8},
    {DocumentType::BaoCao, 8},      {DocumentType::ToTrinh, 6},
    {DocumentType::GiayMoi, 6},     {DocumentType::ChiThi, 2},
    {DocumentType::HuongDan, 3},    {DocumentType::NghiQuyet, 1},
    {DocumentType::ChuongTrinh, 1}, {DocumentType::BienBan, 2},
    {DocumentType::CongDien, 1},    {DocumentType::QuyChe, 1},
    {DocumentType::QuyDinh, 1},     {DocumentType::PhuongAn, 1},
    {DocumentType::DeAn, 1},        {DocumentType::ThongTu, 1},
    {DocumentType::NghiDinh, 1},    {DocumentType::HopDong, 1},
    {DocumentType::GiayUyQuyen, 1}, {DocumentType::GiayGioiThieu, 1},
    {DocumentType::PhieuChuyen, 1}, {DocumentType::BanSaoY, 1},
};

struct PersonSeed
{
    Person person;
    QString orgShort;
};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_rng(seed)
    {
    }

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }
    template <typename T, size_t N>
    const T &pick(const T (&a)[N])
    {
        return a[size_t(uniform(0, int(N) - 1))];
    }

    QString name()
    {
        return QString::fromUtf8(pick(kFamily)) + u' ' + QString::fromUtf8(pick(kMiddle)) + u' ' +
               QString::fromUtf8(pick(kGiven));
    }

    DocumentType type()
    {
        int total = 0;
        for (const auto &t : kTypeWeights)
            total += t.weight;
        int x = uniform(1, total);
        for (const auto &t : kTypeWeights) {
            x -= t.weight;
            if (x <= 0)
                return t.type;
        }
        return DocumentType::CongVan;
    }

    Urgency urgency()
    {
        const int x = uniform(1, 100);
        if (x <= 4)
            return Urgency::Flash;
        if (x <= 12)
            return Urgency::VeryUrgent;
        if (x <= 27)
            return Urgency::Urgent;
        return Urgency::Normal;
    }

private:
    std::mt19937 m_rng;
};

// "V/v …" on an official letter (công văn), "Về việc …" on the other types.
QString subjectLine(DocumentType type, const QString &topic)
{
    return (type == DocumentType::CongVan ? QStringLiteral("V/v ") : QStringLiteral("Về việc ")) +
           topic;
}

QString dateLine(const QString &place, const QDate &d)
{
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4")
        .arg(place)
        .arg(d.day(), 2, 10, QLatin1Char('0'))
        .arg(d.month())
        .arg(d.year());
}

QStringList bodyFor(Generator &g, DocumentType type, const QString &topic, int paragraphs)
{
    QStringList out;
    const bool articles = type == DocumentType::QuyetDinh || type == DocumentType::QuyChe ||
                          type == DocumentType::QuyDinh || type == DocumentType::NghiQuyet;
    for (int i = 1; i <= paragraphs; ++i) {
        QString lead =
            articles ? QStringLiteral("Điều %1. ").arg(i) : QStringLiteral("%1. ").arg(i);
        QString text =
            lead + QStringLiteral("Để thực hiện có hiệu quả việc %1, Ủy ban nhân dân tỉnh "
                                  "yêu cầu các sở, ban, ngành, Ủy ban nhân dân các xã, "
                                  "phường tập trung chỉ đạo, tổ chức thực hiện nghiêm túc "
                                  "các nội dung sau đây; định kỳ hằng tháng báo cáo kết "
                                  "quả về Văn phòng Ủy ban nhân dân tỉnh để tổng hợp.")
                       .arg(topic);
        if (g.chance(0.5)) {
            text += QStringLiteral(" Giao Sở Tài chính chủ trì, phối hợp với các cơ quan, đơn "
                                   "vị liên quan tham mưu bố trí kinh phí theo quy định; trong "
                                   "quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời "
                                   "báo cáo, đề xuất Ủy ban nhân dân tỉnh xem xét, giải quyết.");
        }
        out << text;
    }
    return out;
}

} // namespace

Status createDemo(Db &db, Service &service, const DemoOptions &options,
                  const std::function<void(const QString &)> &progress)
{
    Generator g(options.seed);
    const int size = qMax(0, options.size);
    const int pdfCount = options.pdfs >= 0 ? qMin(options.pdfs, size) : qMin(size, 5000);

    // --- organisations ---
    const QString provinceId = QStringLiteral("org-ubnd");
    const QString provinceCode = QStringLiteral("000.00.00.H99");
    QList<Organisation> departments;
    QList<Organisation> communes;
    {
        DbTransaction tx(db);
        if (!tx.status())
            return tx.status();
        Organisation province;
        province.id = provinceId;
        province.code = provinceCode;
        province.name = QStringLiteral("Ủy ban nhân dân tỉnh Thử Nghiệm");
        province.shortName = QStringLiteral("UBND");
        province.level = OrgLevel::Province;
        if (auto s = service.addOrganisation(province); !s)
            return s;
        int n = 1;
        for (const Dept &d : kDepartments) {
            Organisation o;
            o.id = QStringLiteral("org-%1").arg(QString::fromUtf8(d.shortName).toLower());
            o.code = QStringLiteral("000.00.%1.H99").arg(n++, 2, 10, QLatin1Char('0'));
            o.name = QString::fromUtf8(d.name);
            o.shortName = QString::fromUtf8(d.shortName);
            o.level = OrgLevel::Unit;
            o.parentId = provinceId;
            if (auto s = service.addOrganisation(o); !s)
                return s;
            departments << o;
        }
        n = 31;
        for (const char *c : kCommunes) {
            Organisation o;
            o.id = QStringLiteral("org-xa-%1").arg(n);
            o.code = QStringLiteral("000.00.%1.H99").arg(n++);
            o.name = QStringLiteral("Ủy ban nhân dân ") + QString::fromUtf8(c);
            o.shortName = QStringLiteral("UBND");
            o.level = OrgLevel::Commune;
            o.parentId = provinceId;
            if (auto s = service.addOrganisation(o); !s)
                return s;
            communes << o;
        }
        if (auto s = tx.commit(); !s)
            return s;
    }
    progress(
        QStringLiteral("demo: %1 organisations").arg(1 + departments.size() + communes.size()));

    // --- people ---
    struct Seed
    {
        QString login;
        QString orgId;
        QString title;
        QList<Role> roles;
    };
    QList<Seed> seeds;
    seeds << Seed{QStringLiteral("leader"), provinceId, QStringLiteral("Chủ tịch"), {Role::Leader}};
    seeds << Seed{
        QStringLiteral("deputy"), provinceId, QStringLiteral("Phó Chủ tịch"), {Role::DeputyLeader}};
    seeds << Seed{QStringLiteral("deputy2"),
                  provinceId,
                  QStringLiteral("Phó Chủ tịch"),
                  {Role::DeputyLeader}};
    seeds << Seed{QStringLiteral("deputy3"),
                  provinceId,
                  QStringLiteral("Phó Chủ tịch"),
                  {Role::DeputyLeader}};
    seeds << Seed{QStringLiteral("clerk"), provinceId, QStringLiteral("Văn thư"), {Role::Clerk}};
    seeds << Seed{QStringLiteral("clerk2"), provinceId, QStringLiteral("Văn thư"), {Role::Clerk}};
    for (const Organisation &d : std::as_const(departments)) {
        const QString prefix = d.shortName.toLower().replace(u'đ', u'd');
        const bool finance = d.shortName == u"STC";
        const QString headTitle = d.shortName == u"VP" ? QStringLiteral("Chánh Văn phòng")
                                  : d.shortName.startsWith(u'S') ? QStringLiteral("Giám đốc")
                                                                 : QStringLiteral("Trưởng ban");
        seeds << Seed{finance ? QStringLiteral("head") : prefix + QStringLiteral(".ld"),
                      d.id,
                      headTitle,
                      {Role::HeadOfUnit}};
        seeds << Seed{finance ? QStringLiteral("specialist") : prefix + QStringLiteral(".cv1"),
                      d.id,
                      QStringLiteral("Chuyên viên"),
                      {Role::Specialist}};
        seeds << Seed{prefix + QStringLiteral(".cv2"),
                      d.id,
                      QStringLiteral("Chuyên viên"),
                      {Role::Specialist}};
    }
    int commune = 31;
    for (const Organisation &c : std::as_const(communes)) {
        seeds << Seed{QStringLiteral("xa%1.ct").arg(commune++),
                      c.id,
                      QStringLiteral("Chủ tịch"),
                      {Role::HeadOfUnit}};
    }
    // Hashing is slow on purpose; spread it over the cores.
    const QStringList hashes = QtConcurrent::blockingMapped<QStringList>(
        seeds, [](const Seed &) { return auth::hashPassword(QStringLiteral("demo123")); });
    QList<Person> people;
    QHash<QString, QList<Person>> byOrg;
    {
        DbTransaction tx(db);
        if (!tx.status())
            return tx.status();
        int i = 0;
        for (const Seed &s : std::as_const(seeds)) {
            Person p;
            p.id = QStringLiteral("p-%1").arg(++i, 3, 10, QLatin1Char('0'));
            p.login = s.login;
            p.fullName = g.name();
            p.title = s.title;
            p.organisationId = s.orgId;
            p.roles = s.roles;
            p.email = s.login + QStringLiteral("@thunghiem.gov.vn");
            auto created = service.insertPerson(p, hashes.at(i - 1));
            if (!created)
                return created.error();
            people << created.value();
            byOrg[s.orgId] << created.value();
        }
        if (auto s = tx.commit(); !s)
            return s;
    }
    progress(QStringLiteral("demo: %1 people (password demo123)").arg(people.size()));

    const auto withRole = [&](const QString &org, Role role) {
        QList<Person> out;
        for (const Person &p : byOrg.value(org)) {
            if (p.roles.contains(role))
                out << p;
        }
        return out;
    };
    const QList<Person> leaders =
        withRole(provinceId, Role::Leader) + withRole(provinceId, Role::DeputyLeader);
    const QList<Person> clerks = withRole(provinceId, Role::Clerk);

    // --- documents ---
    struct Plan
    {
        Document doc;
        DemoPage page;
        QHash<QString, quint32> people;
        QList<Decision> history;
    };
    const QDate start(2026, 1, 5);
    QList<Plan> plans;
    plans.reserve(size);
    int incomingNumber = 0;
    int outgoingNumber = 0;
    for (int i = 0; i < size; ++i) {
        Plan plan;
        Document &d = plan.doc;
        d.id = QStringLiteral("d%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        d.type = g.type();
        d.urgency = g.urgency();
        d.confidentiality =
            g.chance(0.03) ? Confidentiality::Confidential : Confidentiality::Normal;
        d.revision = 1;
        const QString topic = QString::fromUtf8(g.pick(kTopics));
        const QDate date = start.addDays(i * 320 / qMax(1, size));
        d.issueDate = date;
        const bool incoming = g.chance(0.6);
        const Organisation &dept = departments.at(g.uniform(0, int(departments.size()) - 1));
        const Person &leader =
            leaders.at(g.chance(0.5) ? 0 : g.uniform(0, int(leaders.size()) - 1));
        const Person &clerk = clerks.at(g.uniform(0, int(clerks.size()) - 1));
        for (const Person &c : clerks)
            plan.people[c.id] |= quint32(R::Clerk);
        if (incoming) {
            // From a ministry, another province, a department or a commune.
            const int from = g.uniform(0, 9);
            QString issuerShort;
            if (from < 5) {
                const External &e = g.pick(kExternal);
                d.issuerName = QString::fromUtf8(e.name);
                d.issuerCode = QString::fromUtf8(e.code);
                issuerShort = QString::fromUtf8(e.shortName);
                plan.page.issuerParent = QString::fromUtf8(e.parent);
                plan.page.issuer = QString();
            } else if (from < 8) {
                const Organisation &o = departments.at(g.uniform(1, int(departments.size()) - 1));
                d.issuerName = o.name;
                d.issuerCode = o.code;
                issuerShort = o.shortName;
                plan.page.issuerParent = QStringLiteral("UBND TỈNH THỬ NGHIỆM");
                plan.page.issuer = o.name.toUpper();
            } else {
                const Organisation &o = communes.at(g.uniform(0, int(communes.size()) - 1));
                d.issuerName = o.name;
                d.issuerCode = o.code;
                issuerShort = QStringLiteral("UBND");
                plan.page.issuerParent = QStringLiteral("ỦY BAN NHÂN DÂN");
                plan.page.issuer = o.name.mid(16).toUpper();
            }
            d.number = g.uniform(1, 3000);
            d.notation = d.type == DocumentType::CongVan
                             ? QString(issuerShort + QStringLiteral("-VP"))
                             : QString(doctype::abbreviation(d.type) + u'-' + issuerShort);
            d.subject = subjectLine(d.type, topic);
            d.signerName = g.name();
            d.signerTitle = QStringLiteral("Giám đốc");
            const int stage = g.uniform(0, 99);
            IncomingState s = stage < 8    ? IncomingState::Received
                              : stage < 16 ? IncomingState::Registered
                              : stage < 34 ? IncomingState::Submitted
                              : stage < 52 ? IncomingState::Assigned
                              : stage < 72 ? IncomingState::InProgress
                              : stage < 96 ? IncomingState::Done
                              : stage < 98 ? IncomingState::Returned
                                           : IncomingState::Recalled;
            d.state = s;
            d.receivedAt = QDateTime(date.addDays(g.uniform(0, 2)),
                                     QTime(7 + g.uniform(0, 9), g.uniform(0, 59)), Qt::UTC);
            const QDateTime at = d.receivedAt;
            const auto decide = [&](Action a, const Person &who, Role role, const QString &text,
                                    int minutes) {
                Decision x;
                x.id = QStringLiteral("%1-h%2").arg(d.id).arg(plan.history.size() + 1);
                x.documentId = d.id;
                x.action = a;
                x.actorId = who.id;
                x.actorName = who.fullName;
                x.actorRole = role;
                x.text = text;
                x.at = at.addSecs(minutes * 60);
                plan.history << x;
                return &plan.history.last();
            };
            if (s != IncomingState::Received && s != IncomingState::Returned &&
                s != IncomingState::Recalled) {
                d.incomingNumber = ++incomingNumber;
                decide(Action::Register, clerk, Role::Clerk, QString(), 20);
            }
            if (s == IncomingState::Returned)
                decide(Action::ReturnToSender, clerk, Role::Clerk,
                       QStringLiteral("Văn bản thiếu chữ ký số của cơ quan ban hành."), 30);
            if (s >= IncomingState::Submitted && s <= IncomingState::Done) {
                decide(Action::Submit, clerk, Role::Clerk, QString(), 40);
                plan.people[leader.id] |= quint32(R::Addressee);
            }
            if (s >= IncomingState::Assigned && s <= IncomingState::Done) {
                const QDate due = d.receivedAt.date().addDays(g.uniform(5, 30));
                d.dueDate = due;
                const QString text =
                    QStringLiteral("Giao %1 chủ trì, phối hợp các đơn vị liên quan tham mưu, đề "
                                   "xuất; báo cáo trước ngày %2.")
                        .arg(dept.name, due.toString(QStringLiteral("dd/MM/yyyy")));
                Decision *x = decide(Action::Direct, leader, leader.roles.first(), text, 180);
                x->assignments << Assignment{dept.id, AssignmentKind::Lead, due};
                for (const Person &p : byOrg.value(dept.id))
                    plan.people[p.id] |= quint32(R::LeadUnit);
            }
            if (s >= IncomingState::InProgress && s <= IncomingState::Done) {
                const QList<Person> staff = byOrg.value(dept.id);
                decide(Action::StartHandling, staff.value(1, staff.first()), Role::Specialist,
                       QString(), 60 * 24);
            }
            if (s == IncomingState::Done) {
                const QList<Person> staff = byOrg.value(dept.id);
                decide(Action::Complete, staff.value(1, staff.first()), Role::Specialist,
                       QStringLiteral("Đã tham mưu văn bản trả lời, trình lãnh đạo ký ban hành."),
                       60 * 24 * 4);
            }
            if (s == IncomingState::Recalled)
                decide(Action::RecallReceived, clerk, Role::Clerk,
                       QStringLiteral("Cơ quan ban hành thu hồi để sửa sai sót."), 90);
            plan.page.numberLine = QStringLiteral("Số: ") + d.numberNotation();
            plan.page.placeDate = dateLine(QStringLiteral("Hà Nội"), date);
        } else {
            // Drafted in a department for the People's Committee's signature.
            const QList<Person> staff = byOrg.value(dept.id);
            const Person &drafter = staff.value(1, staff.first());
            const Person &reviewer = staff.first();
            plan.people[drafter.id] |= quint32(R::Drafter);
            plan.people[reviewer.id] |= quint32(R::Reviewer);
            plan.people[leader.id] |= quint32(R::Signer);
            d.issuerName = QStringLiteral("Ủy ban nhân dân tỉnh Thử Nghiệm");
            d.issuerCode = provinceCode;
            d.notation = d.type == DocumentType::CongVan
                             ? QString(QStringLiteral("UBND-") + dept.shortName)
                             : QString(doctype::abbreviation(d.type) + QStringLiteral("-UBND"));
            d.subject = subjectLine(d.type, topic);
            d.signerName = leader.fullName;
            d.signerTitle = leader.title;
            const int stage = g.uniform(0, 99);
            OutgoingState s = stage < 12   ? OutgoingState::Draft
                              : stage < 28 ? OutgoingState::UnderReview
                              : stage < 40 ? OutgoingState::Approved
                              : stage < 46 ? OutgoingState::Returned
                              : stage < 54 ? OutgoingState::Signed
                              : stage < 60 ? OutgoingState::Issued
                              : stage < 99 ? OutgoingState::Dispatched
                                           : OutgoingState::Recalled;
            d.state = s;
            const QDateTime at(date, QTime(8, 0), Qt::UTC);
            int step = 0;
            const auto decide = [&](Action a, const Person &who, Role role, const QString &text) {
                Decision x;
                x.id = QStringLiteral("%1-h%2").arg(d.id).arg(plan.history.size() + 1);
                x.documentId = d.id;
                x.action = a;
                x.actorId = who.id;
                x.actorName = who.fullName;
                x.actorRole = role;
                x.text = text;
                x.at = at.addSecs(3600 * ++step);
                plan.history << x;
            };
            if (s != OutgoingState::Draft)
                decide(Action::SubmitForReview, drafter, Role::Specialist, QString());
            if (s == OutgoingState::Returned)
                decide(Action::Return, reviewer, Role::HeadOfUnit,
                       QStringLiteral("Đề nghị bổ sung căn cứ pháp lý và số liệu năm 2025."));
            if (s >= OutgoingState::Approved && s != OutgoingState::Returned)
                decide(Action::Approve, reviewer, Role::HeadOfUnit,
                       QStringLiteral("Nội dung phù hợp, trình lãnh đạo ký."));
            if (s >= OutgoingState::Signed && s != OutgoingState::Returned)
                decide(Action::Sign, leader, leader.roles.first(), QString());
            if (s >= OutgoingState::Issued && s != OutgoingState::Returned) {
                d.number = ++outgoingNumber;
                decide(Action::Issue, clerk, Role::Clerk, QString());
            }
            if (s >= OutgoingState::Dispatched && s != OutgoingState::Returned)
                decide(Action::Dispatch, clerk, Role::Clerk, QString());
            if (s == OutgoingState::Recalled)
                decide(Action::Recall, clerk, Role::Clerk,
                       QStringLiteral("Thu hồi do sai sót về thể thức."));
            plan.page.issuerParent = QStringLiteral("ỦY BAN NHÂN DÂN");
            plan.page.issuer = QStringLiteral("TỈNH THỬ NGHIỆM");
            plan.page.numberLine = d.number > 0 ? QStringLiteral("Số: ") + d.numberNotation()
                                                : QStringLiteral("Số:      /") + d.notation;
            plan.page.placeDate = dateLine(QStringLiteral("Thử Nghiệm"), date);
        }
        if (plan.page.issuer.isEmpty()) {
            plan.page.issuer = plan.page.issuerParent;
            plan.page.issuerParent = QString();
        }
        plan.page.title =
            d.type == DocumentType::CongVan ? QString() : doctype::vietnameseName(d.type).toUpper();
        plan.page.subject = d.subject;
        plan.page.paragraphs = bodyFor(g, d.type, topic, g.uniform(4, 14));
        plan.page.signerTitle = d.signerTitle.toUpper();
        plan.page.signerName = d.signerName;
        plan.page.date = date;
        plans.append(std::move(plan));
    }
    progress(QStringLiteral("demo: %1 documents planned").arg(plans.size()));

    // --- PDFs: rendered on every core; documents past `pdfCount` share the first ones ---
    QList<int> indices;
    for (int i = 0; i < pdfCount; ++i)
        indices << i;
    const QList<QByteArray> pdfs = QtConcurrent::blockingMapped<QList<QByteArray>>(
        indices, [&plans](int i) { return renderDemoPdf(plans.at(i).page); });
    progress(QStringLiteral("demo: %1 PDFs rendered").arg(pdfs.size()));

    DbTransaction tx(db);
    if (!tx.status())
        return tx.status();
    QList<QByteArray> shas;
    for (const QByteArray &pdf : pdfs) {
        auto sha = service.putBlob(pdf);
        if (!sha)
            return sha.error();
        shas << sha.value();
    }
    for (int i = 0; i < plans.size(); ++i) {
        Plan &plan = plans[i];
        if (!shas.isEmpty()) {
            const int k = i % int(shas.size());
            Attachment a;
            a.sha256 = shas.at(k);
            a.size = pdfs.at(k).size();
            a.fileName =
                plan.doc.numberNotation().isEmpty()
                    ? QStringLiteral("du-thao-%1.pdf").arg(plan.doc.id)
                    : plan.doc.numberNotation().replace(u'/', u'_') + QStringLiteral(".pdf");
            plan.doc.attachments << a;
            // Every fourth document carries an appendix (phụ lục) too.
            if (i % 4 == 0 && shas.size() > 1) {
                const int m = (k + 1) % int(shas.size());
                Attachment appendix;
                appendix.sha256 = shas.at(m);
                appendix.size = pdfs.at(m).size();
                appendix.isMain = false;
                appendix.fileName = QStringLiteral("phu-luc-") + a.fileName;
                plan.doc.attachments << appendix;
            }
        }
        if (auto s = service.addDocument(plan.doc, provinceId, plan.people); !s)
            return s;
        for (const Decision &x : std::as_const(plan.history)) {
            const QString payload =
                QString::fromUtf8(QJsonDocument(json::toJson(x)).toJson(QJsonDocument::Compact));
            auto r = db.exec(
                QStringLiteral("INSERT INTO decisions(id, document_id, person_id, role, action, "
                               "text, payload, at, outcome, reason, response) VALUES "
                               "(?,?,?,?,?,?,?,?, 'applied', NULL, '{}')"),
                {x.id, x.documentId, x.actorId, enums::key(x.actorRole), actions::key(x.action),
                 x.text, payload, x.at.toString(Qt::ISODateWithMs)});
            if (!r)
                return r.error();
        }
        if ((i + 1) % 20000 == 0)
            progress(QStringLiteral("demo: %1 documents stored").arg(i + 1));
    }
    // The registers continue from the demo's numbers.
    for (const auto &[key, last] :
         {std::pair{QString(QStringLiteral("register:incoming:") + provinceId), incomingNumber},
          std::pair{QString(QStringLiteral("register:outgoing:") + provinceId), outgoingNumber}}) {
        auto r = db.exec(QStringLiteral("INSERT INTO counters(name, value) VALUES (?, ?)"),
                         {key, qint64(2026) * 10'000'000 + last});
        if (!r)
            return r.error();
    }
    auto r = db.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('demo', ?)"),
                     {QStringLiteral("size=%1 seed=%2").arg(size).arg(options.seed)});
    if (!r)
        return r.error();
    if (auto s = tx.commit(); !s)
        return s;
    progress(QStringLiteral("demo: ready (%1 documents)").arg(size));
    return {};
}

} // namespace lt::server
