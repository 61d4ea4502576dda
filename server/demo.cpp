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

#include <initializer_list>
#include <random>

namespace lt::server {

namespace {

using R = Relation;

// Who issues a demo document decides how it is headed, which types it may issue, how it is
// numbered, who signs it and with which authority, and how its text speaks (Decree 30/2020,
// Annexes I and III; the legal normative types after the Law on legal documents).
enum class Kind {
    Government,       // Chính phủ: nghị định, nghị quyết
    PrimeMinister,    // Thủ tướng Chính phủ
    GovernmentOffice, // Văn phòng Chính phủ
    Ministry,         // a ministry: thông tư, quyết định, công văn…
    Committee,        // the demo's own provincial People's Committee
    OtherProvince,    // another province's People's Committee
    Department,       // a department (sở, ban, ngành) of the demo province
    Commune,          // a commune's People's Committee
};

struct Dept
{
    const char *name;
    const char *shortName;
    const char *head;             // the head's title: "Giám đốc"
    const char *deputy;           // the deputy's: "Phó Giám đốc"
    const char *parent = nullptr; // the header's first line when not the province
    const char *header = nullptr; // the header's bold line when not the name in capitals
};

// clang-format off
constexpr Dept kDepartments[] = {
    {"Văn phòng Ủy ban nhân dân tỉnh", "VP", "Chánh Văn phòng", "Phó Chánh Văn phòng"},
    {"Sở Nội vụ", "SNV", "Giám đốc", "Phó Giám đốc"},
    {"Sở Tài chính", "STC", "Giám đốc", "Phó Giám đốc"},
    {"Sở Tư pháp", "STP", "Giám đốc", "Phó Giám đốc"},
    {"Sở Công Thương", "SCT", "Giám đốc", "Phó Giám đốc"},
    {"Sở Nông nghiệp và Môi trường", "SNNMT", "Giám đốc", "Phó Giám đốc"},
    {"Sở Xây dựng", "SXD", "Giám đốc", "Phó Giám đốc"},
    {"Sở Giáo dục và Đào tạo", "SGDĐT", "Giám đốc", "Phó Giám đốc"},
    {"Sở Y tế", "SYT", "Giám đốc", "Phó Giám đốc"},
    {"Sở Khoa học và Công nghệ", "SKHCN", "Giám đốc", "Phó Giám đốc"},
    {"Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", "Giám đốc", "Phó Giám đốc"},
    {"Sở Dân tộc và Tôn giáo", "SDTTG", "Giám đốc", "Phó Giám đốc"},
    {"Sở Ngoại vụ", "SNgV", "Giám đốc", "Phó Giám đốc"},
    {"Thanh tra tỉnh", "TTr", "Chánh Thanh tra", "Phó Chánh Thanh tra"},
    {"Ban Quản lý các khu công nghiệp", "BQLKCN", "Trưởng ban", "Phó Trưởng ban"},
    {"Ban Quản lý dự án đầu tư xây dựng tỉnh", "BQLDA", "Giám đốc", "Phó Giám đốc"},
    {"Trung tâm Phục vụ hành chính công tỉnh", "TTPVHCC", "Giám đốc", "Phó Giám đốc"},
    {"Đài Phát thanh và Truyền hình tỉnh", "ĐPTTH", "Giám đốc", "Phó Giám đốc"},
    {"Quỹ Đầu tư phát triển tỉnh", "QĐTPT", "Giám đốc", "Phó Giám đốc"},
    {"Trường Chính trị tỉnh", "TCT", "Hiệu trưởng", "Phó Hiệu trưởng"},
    // The armed forces are headed after their ministry, not after the province.
    {"Công an tỉnh", "CAT", "Giám đốc", "Phó Giám đốc", "BỘ CÔNG AN", "CÔNG AN TỈNH THỬ NGHIỆM"},
    {"Bộ Chỉ huy Quân sự tỉnh", "BCHQS", "Chỉ huy trưởng", "Phó Chỉ huy trưởng",
     "BỘ TƯ LỆNH QUÂN KHU 1", "BỘ CHQS TỈNH THỬ NGHIỆM"},
};

constexpr const char *kCommunes[] = {
    "xã An Phú", "xã Bình Minh", "xã Cẩm Sơn", "phường Đông Hà", "xã Hòa Lạc", "xã Kim Liên",
    "phường Long Biên Tân", "xã Minh Khai", "xã Ngọc Lặc Mới", "phường Phú Thịnh",
    "xã Quảng Tâm", "xã Tân Lập",
};

struct External
{
    const char *name;
    const char *header;    // the bold line of the header
    const char *shortName; // in notations
    const char *unit;      // a công văn's drafting unit: "BTC-NSNN"
    const char *code;
    Kind kind;
    const char *place;
};
constexpr External kExternal[] = {
    {"Văn phòng Chính phủ", "VĂN PHÒNG CHÍNH PHỦ", "VPCP", "KTTH", "000.00.00.G22", Kind::GovernmentOffice, "Hà Nội"},
    {"Bộ Nội vụ", "BỘ NỘI VỤ", "BNV", "TCBC", "000.00.00.G09", Kind::Ministry, "Hà Nội"},
    {"Bộ Tài chính", "BỘ TÀI CHÍNH", "BTC", "NSNN", "000.00.00.G10", Kind::Ministry, "Hà Nội"},
    {"Bộ Xây dựng", "BỘ XÂY DỰNG", "BXD", "KHTC", "000.00.00.G16", Kind::Ministry, "Hà Nội"},
    {"Bộ Y tế", "BỘ Y TẾ", "BYT", "KHTC", "000.00.00.G18", Kind::Ministry, "Hà Nội"},
    {"Bộ Giáo dục và Đào tạo", "BỘ GIÁO DỤC VÀ ĐÀO TẠO", "BGDĐT", "GDPT", "000.00.00.G05", Kind::Ministry, "Hà Nội"},
    {"Bộ Khoa học và Công nghệ", "BỘ KHOA HỌC VÀ CÔNG NGHỆ", "BKHCN", "KHTC", "000.00.00.G06", Kind::Ministry, "Hà Nội"},
    {"Thủ tướng Chính phủ", "THỦ TƯỚNG CHÍNH PHỦ", "TTg", "KTTH", "000.00.00.G22", Kind::PrimeMinister, "Hà Nội"},
    {"Ủy ban nhân dân tỉnh Bắc Giang Mới", "TỈNH BẮC GIANG MỚI", "UBND", "KT", "000.00.00.H05", Kind::OtherProvince, "Bắc Giang Mới"},
    {"Ủy ban nhân dân thành phố Cảng Xanh", "THÀNH PHỐ CẢNG XANH", "UBND", "KT", "000.00.00.H31", Kind::OtherProvince, "Cảng Xanh"},
};
// Nghị định and the Government's nghị quyết come from the Government itself (sent by its Office).
constexpr const char *kGovernmentCode = "000.00.00.G22";

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

// An issuer as a document shows it.
struct Issuer
{
    Kind kind = Kind::Committee;
    QString name;       // as its text names it: "Bộ Tài chính"
    QString parent;     // the header's first line; empty when none
    QString header;     // the header's bold line: "BỘ TÀI CHÍNH"
    QString shortName;  // in notations: "BTC"
    QString unit;       // a công văn's drafting unit: "NSNN"
    QString place;      // "Hà Nội"
    QString collective; // signed "TM." on its behalf: "ỦY BAN NHÂN DÂN"; empty for a single head
    QString head;       // "Bộ trưởng"
    QString deputy;     // "Thứ trưởng"
    QString area;       // a commune's level: "xã", "phường"
};

Issuer externalIssuer(const External &e)
{
    Issuer x;
    x.kind = e.kind;
    x.name = QString::fromUtf8(e.name);
    x.header = QString::fromUtf8(e.header);
    x.shortName = QString::fromUtf8(e.shortName);
    x.unit = QString::fromUtf8(e.unit);
    x.place = QString::fromUtf8(e.place);
    if (e.kind == Kind::PrimeMinister) {
        x.head = QStringLiteral("Thủ tướng");
        x.deputy = QStringLiteral("Phó Thủ tướng");
    } else if (e.kind == Kind::GovernmentOffice) {
        x.head = QStringLiteral("Bộ trưởng, Chủ nhiệm");
        x.deputy = QStringLiteral("Phó Chủ nhiệm");
    } else if (e.kind == Kind::OtherProvince) {
        x.parent = QStringLiteral("ỦY BAN NHÂN DÂN");
        x.collective = QStringLiteral("ỦY BAN NHÂN DÂN");
        x.head = QStringLiteral("Chủ tịch");
        x.deputy = QStringLiteral("Phó Chủ tịch");
    } else {
        x.head = QStringLiteral("Bộ trưởng");
        x.deputy = QStringLiteral("Thứ trưởng");
    }
    return x;
}

Issuer governmentIssuer()
{
    Issuer x;
    x.kind = Kind::Government;
    x.name = QStringLiteral("Chính phủ");
    x.header = QStringLiteral("CHÍNH PHỦ");
    x.shortName = QStringLiteral("CP");
    x.place = QStringLiteral("Hà Nội");
    x.collective = QStringLiteral("CHÍNH PHỦ");
    x.head = QStringLiteral("Thủ tướng");
    x.deputy = QStringLiteral("Phó Thủ tướng");
    return x;
}

Issuer committeeIssuer()
{
    Issuer x;
    x.kind = Kind::Committee;
    x.name = QStringLiteral("Ủy ban nhân dân tỉnh Thử Nghiệm");
    x.parent = QStringLiteral("ỦY BAN NHÂN DÂN");
    x.header = QStringLiteral("TỈNH THỬ NGHIỆM");
    x.shortName = QStringLiteral("UBND");
    x.place = QStringLiteral("Thử Nghiệm");
    x.collective = QStringLiteral("ỦY BAN NHÂN DÂN");
    x.head = QStringLiteral("Chủ tịch");
    x.deputy = QStringLiteral("Phó Chủ tịch");
    return x;
}

Issuer departmentIssuer(const Dept &d, const Organisation &o)
{
    Issuer x;
    x.kind = Kind::Department;
    x.name = o.name;
    x.parent = d.parent ? QString::fromUtf8(d.parent) : QStringLiteral("UBND TỈNH THỬ NGHIỆM");
    x.header = d.header ? QString::fromUtf8(d.header) : o.name.toUpper();
    x.shortName = o.shortName;
    x.unit = QStringLiteral("VP");
    x.place = QStringLiteral("Thử Nghiệm");
    x.head = QString::fromUtf8(d.head);
    x.deputy = QString::fromUtf8(d.deputy);
    return x;
}

Issuer communeIssuer(const Organisation &o)
{
    const QString unit = o.name.mid(16); // after "Ủy ban nhân dân ": "xã An Phú"
    const qsizetype space = unit.indexOf(u' ');
    Issuer x;
    x.kind = Kind::Commune;
    x.name = o.name;
    x.parent = QStringLiteral("ỦY BAN NHÂN DÂN");
    x.header = unit.toUpper();
    x.shortName = QStringLiteral("UBND");
    x.unit = QStringLiteral("VP");
    x.place = unit.mid(space + 1); // "An Phú"
    x.collective = QStringLiteral("ỦY BAN NHÂN DÂN");
    x.head = QStringLiteral("Chủ tịch");
    x.deputy = QStringLiteral("Phó Chủ tịch");
    x.area = unit.left(space);
    return x;
}

bool oneOf(DocumentType t, std::initializer_list<DocumentType> types)
{
    for (DocumentType x : types) {
        if (x == t)
            return true;
    }
    return false;
}

// The type drawn, or the nearest type this issuer does issue: a thông tư only from a ministry
// (or the Government Office), a nghị định only from the Government, no nghị quyết from a
// People's Committee (that is its council's), a tờ trình only upwards, a chỉ thị only from a
// People's Committee, a minister or the Prime Minister.
DocumentType fitType(Kind kind, DocumentType t)
{
    using T = DocumentType;
    switch (kind) {
    case Kind::Government:
        return t == T::NghiQuyet ? t : T::NghiDinh;
    case Kind::PrimeMinister:
        if (oneOf(t, {T::QuyetDinh, T::ChiThi, T::CongDien, T::CongVan}))
            return t;
        // Plans, programmes, schemes and rules are approved by the Prime Minister's decision.
        if (oneOf(t, {T::ThongTu, T::KeHoach, T::ChuongTrinh, T::DeAn, T::PhuongAn, T::QuyChe,
                      T::QuyDinh}))
            return T::QuyetDinh;
        return T::CongVan;
    case Kind::GovernmentOffice:
        if (oneOf(t, {T::CongVan, T::ThongBao, T::GiayMoi, T::BaoCao, T::QuyetDinh, T::KeHoach,
                      T::HuongDan, T::ThongTu, T::BienBan, T::GiayGioiThieu, T::PhieuChuyen,
                      T::BanSaoY}))
            return t;
        return T::CongVan;
    case Kind::Ministry:
        if (t == T::NghiDinh)
            return T::ThongTu;
        if (t == T::NghiQuyet)
            return T::QuyetDinh;
        if (oneOf(t, {T::ToTrinh, T::HopDong, T::GiayUyQuyen}))
            return T::CongVan;
        return t;
    case Kind::Committee:
        if (oneOf(t, {T::NghiQuyet, T::NghiDinh}))
            return T::QuyetDinh;
        if (t == T::ThongTu)
            return T::HuongDan;
        return t;
    case Kind::OtherProvince:
        if (oneOf(t,
                  {T::CongVan, T::QuyetDinh, T::ThongBao, T::KeHoach, T::GiayMoi, T::GiayGioiThieu,
                   T::PhieuChuyen, T::BanSaoY, T::BienBan, T::CongDien, T::ChuongTrinh, T::QuyChe}))
            return t;
        return T::CongVan;
    case Kind::Department:
    case Kind::Commune:
        if (oneOf(t, {T::NghiQuyet, T::NghiDinh}))
            return T::ToTrinh;
        if (t == T::ThongTu)
            return kind == Kind::Department ? T::HuongDan : T::BaoCao;
        if (t == T::CongDien || (t == T::ChiThi && kind == Kind::Department))
            return T::CongVan;
        return t;
    }
    return t;
}

bool isLegalNormative(DocumentType type)
{
    return type == DocumentType::NghiDinh || type == DocumentType::ThongTu;
}

// "QĐ-UBND", "TTr-STC", "2026/TT-BTC", "2026/NĐ-CP"; a công văn: "BTC-NSNN", "UBND-STC".
QString notationFor(const Issuer &from, DocumentType type, const QString &unit, int year)
{
    if (type == DocumentType::CongVan)
        return from.shortName + u'-' + unit;
    const QString typed = doctype::abbreviation(type) + u'-' + from.shortName;
    if (isLegalNormative(type))
        return QString::number(year) + u'/' + typed;
    return typed;
}

// "V/v …" on an official letter (công văn), "Về việc …" on most other types; a decree rules
// and a circular guides.
QString subjectLine(DocumentType type, const QString &topic)
{
    if (type == DocumentType::CongVan)
        return QStringLiteral("V/v ") + topic;
    if (type == DocumentType::NghiDinh)
        return QStringLiteral("Quy định về ") + topic;
    if (type == DocumentType::ThongTu)
        return QStringLiteral("Hướng dẫn ") + topic;
    return QStringLiteral("Về việc ") + topic;
}

// Days below 10 and the months January and February take a leading zero (Annex I, II.4.b).
QString dateLine(const QString &place, const QDate &d)
{
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4")
        .arg(place)
        .arg(d.day(), 2, 10, QLatin1Char('0'))
        .arg(d.month(), d.month() < 3 ? 2 : 1, 10, QLatin1Char('0'))
        .arg(d.year());
}

// The signature block: the authority (TM., KT., TL.) and the title, in capitals, and the title
// alone for the document's record.
struct Signature
{
    QString title; // "Thứ trưởng"
    QString block; // "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"
};

Signature signature(const Issuer &from, DocumentType type, bool head)
{
    const QString title = head ? from.head : from.deputy;
    if (type == DocumentType::BienBan) // minutes: the chair signs (Annex III, form 1.9)
        return {title, QStringLiteral("CHỦ TỌA")};
    if ((type == DocumentType::PhieuChuyen || doctype::isCopy(type)) &&
        (from.kind == Kind::Ministry || from.kind == Kind::GovernmentOffice ||
         from.kind == Kind::OtherProvince)) {
        // Forwarding slips and copies are signed by delegation ("thừa lệnh").
        const QString office = from.kind == Kind::GovernmentOffice
                                   ? QStringLiteral("Vụ trưởng Vụ Hành chính")
                                   : QStringLiteral("Chánh Văn phòng");
        return {office, QStringLiteral("TL. ") + from.head.toUpper() + u'\n' + office.toUpper()};
    }
    QString block =
        head
            ? from.head.toUpper()
            : QString(QStringLiteral("KT. ") + from.head.toUpper() + u'\n' + from.deputy.toUpper());
    if (!from.collective.isEmpty())
        block = QStringLiteral("TM. ") + from.collective + u'\n' + block;
    return {title, block};
}

// How the text speaks: orders and requests, a submission upwards, a report, or the articles
// of a legal normative document.
enum class Voice { Directive, Submission, Report, Normative };

Voice voiceOf(Kind kind, DocumentType type)
{
    if (isLegalNormative(type) || (type == DocumentType::NghiQuyet && kind == Kind::Government))
        return Voice::Normative;
    if (type == DocumentType::ToTrinh)
        return Voice::Submission;
    if (type == DocumentType::BaoCao ||
        (type == DocumentType::CongVan && (kind == Kind::Department || kind == Kind::Commune)))
        return Voice::Report;
    return Voice::Directive;
}

bool isUpward(Kind kind)
{
    return kind == Kind::Department || kind == Kind::Commune;
}

// The first half of a paragraph: what the issuer does or asks.
QString opening(const Issuer &from, Voice voice, DocumentType type, const QString &topic, int i)
{
    if (voice == Voice::Normative) {
        if (i == 1)
            return QStringLiteral("%1 này %2 %3; áp dụng cho các bộ, cơ quan ngang bộ, Ủy ban nhân "
                                  "dân các tỉnh, thành phố trực thuộc trung ương và các cơ quan, "
                                  "tổ chức, cá nhân có liên quan; ")
                .arg(doctype::vietnameseName(type),
                     type == DocumentType::ThongTu ? QStringLiteral("hướng dẫn")
                                                   : QStringLiteral("quy định về"),
                     topic);
        return QStringLiteral("Để thực hiện có hiệu quả việc %1, các bộ, cơ quan ngang bộ, Ủy ban "
                              "nhân dân các tỉnh, thành phố trực thuộc trung ương trong phạm vi "
                              "nhiệm vụ, quyền hạn được giao tập trung chỉ đạo, tổ chức thực hiện "
                              "nghiêm túc các nội dung sau đây; ")
            .arg(topic);
    }
    if (voice == Voice::Submission) {
        if (isUpward(from.kind))
            return QStringLiteral("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về việc %1, %2 kính "
                                  "trình Ủy ban nhân dân tỉnh xem xét, quyết định các nội dung sau "
                                  "đây; ")
                .arg(topic, from.name);
        return QStringLiteral(
                   "Thực hiện chỉ đạo của Chính phủ về việc %1, Ủy ban nhân dân tỉnh kính "
                   "trình Hội đồng nhân dân tỉnh xem xét, quyết định các nội dung sau "
                   "đây; ")
            .arg(topic);
    }
    if (voice == Voice::Report) {
        if (isUpward(from.kind))
            return QStringLiteral(
                       "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về việc %1, %2 đã chủ "
                       "trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thực "
                       "hiện và kính báo cáo Ủy ban nhân dân tỉnh các nội dung sau đây; ")
                .arg(topic, from.name);
        if (from.kind == Kind::Committee)
            return QStringLiteral(
                       "Thực hiện chỉ đạo của Thủ tướng Chính phủ về việc %1, Ủy ban nhân "
                       "dân tỉnh kính báo cáo Thủ tướng Chính phủ các nội dung sau đây; ")
                .arg(topic);
        return QStringLiteral("%1 tổng hợp tình hình thực hiện việc %2 trong cả nước với các nội "
                              "dung sau đây; ")
            .arg(from.name, topic);
    }
    const QString lead = QStringLiteral("Để thực hiện có hiệu quả việc %1, ").arg(topic);
    switch (from.kind) {
    case Kind::Government:
        return lead + QStringLiteral("Chính phủ yêu cầu các bộ, cơ quan ngang bộ, cơ quan thuộc "
                                     "Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc "
                                     "trung ương tập trung chỉ đạo, tổ chức thực hiện nghiêm túc "
                                     "các nội dung sau đây; ");
    case Kind::PrimeMinister:
        return lead +
               QStringLiteral("Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan "
                              "ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực "
                              "thuộc trung ương tập trung chỉ đạo, tổ chức thực hiện nghiêm "
                              "túc các nội dung sau đây; ");
    case Kind::GovernmentOffice:
        return lead +
               QStringLiteral("Văn phòng Chính phủ thông báo ý kiến chỉ đạo của Thủ tướng "
                              "Chính phủ: giao Ủy ban nhân dân tỉnh Thử Nghiệm chủ trì, phối "
                              "hợp với các bộ, cơ quan liên quan tổ chức thực hiện nghiêm túc "
                              "các nội dung sau đây; ");
    case Kind::Ministry:
        return lead + QStringLiteral("%1 đề nghị Ủy ban nhân dân tỉnh Thử Nghiệm chỉ đạo các sở, "
                                     "ban, ngành và Ủy ban nhân dân các xã, phường tổ chức thực "
                                     "hiện nghiêm túc các nội dung sau đây; ")
                          .arg(from.name);
    case Kind::Committee:
        return lead + QStringLiteral("Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, Ủy ban nhân "
                                     "dân các xã, phường tập trung chỉ đạo, tổ chức thực hiện "
                                     "nghiêm túc các nội dung sau đây; ");
    case Kind::OtherProvince:
        return lead +
               QStringLiteral("%1 đề nghị Ủy ban nhân dân tỉnh Thử Nghiệm quan tâm, chỉ đạo "
                              "các cơ quan, đơn vị liên quan phối hợp thực hiện các nội dung "
                              "sau đây; ")
                   .arg(from.name);
    case Kind::Department:
        return lead + QStringLiteral("%1 đề nghị các phòng, đơn vị trực thuộc và các cơ quan, đơn "
                                     "vị liên quan tổ chức thực hiện nghiêm túc các nội dung sau "
                                     "đây; ")
                          .arg(from.name);
    case Kind::Commune:
        return lead +
               QStringLiteral("%1 yêu cầu %2 và các cơ quan, đơn vị trên địa bàn tổ chức thực "
                              "hiện nghiêm túc các nội dung sau đây; ")
                   .arg(from.name, from.area == u"phường" ? QStringLiteral("các tổ dân phố")
                                                          : QStringLiteral("các thôn, tổ dân phố"));
    }
    return lead;
}

// The second half: where the results are reported. Every demo page says "báo cáo kết quả …
// về … Văn phòng …" and names a People's Committee (tests search for both).
QString closing(const Issuer &from, Voice voice)
{
    const bool upward = isUpward(from.kind);
    if (voice == Voice::Submission)
        return upward ? QStringLiteral("hồ sơ kèm theo và báo cáo kết quả thẩm định đã gửi về Văn "
                                       "phòng Ủy ban nhân dân tỉnh.")
                      : QStringLiteral("hồ sơ kèm theo và báo cáo kết quả thẩm định đã gửi về Văn "
                                       "phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh.");
    if (voice == Voice::Report && (upward || from.kind == Kind::Committee))
        return upward ? QStringLiteral("kết quả chi tiết tại Phụ lục kèm theo, đồng gửi Văn phòng "
                                       "Ủy ban nhân dân tỉnh để tổng hợp.")
                      : QStringLiteral("kết quả chi tiết tại Phụ lục kèm theo, đồng gửi Văn phòng "
                                       "Chính phủ và các bộ, ngành liên quan.");
    QString when = QStringLiteral("định kỳ hằng tháng ");
    if (voice == Voice::Normative)
        when =
            from.kind == Kind::Government
                ? QStringLiteral("các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan "
                                 "thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố "
                                 "trực thuộc trung ương chịu trách nhiệm thi hành, định kỳ hằng "
                                 "năm ")
                : QStringLiteral("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương có "
                                 "trách nhiệm tổ chức thực hiện, định kỳ hằng năm ");
    else if (voice == Voice::Report)
        when = QStringLiteral("đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương "
                              "cập nhật số liệu, định kỳ hằng quý ");
    switch (from.kind) {
    case Kind::Government:
    case Kind::PrimeMinister:
    case Kind::GovernmentOffice:
        return when + QStringLiteral("báo cáo kết quả về Văn phòng Chính phủ để tổng hợp, báo cáo "
                                     "Thủ tướng Chính phủ.");
    case Kind::Ministry:
        return when + QStringLiteral("gửi báo cáo kết quả về %1 (qua Văn phòng Bộ) để tổng hợp.")
                          .arg(from.name);
    case Kind::Committee:
        return when +
               QStringLiteral("báo cáo kết quả về Văn phòng Ủy ban nhân dân tỉnh để tổng hợp.");
    case Kind::OtherProvince:
        return QStringLiteral("kết quả phối hợp đề nghị gửi về Văn phòng %1 để tổng hợp, báo cáo "
                              "Thủ tướng Chính phủ.")
            .arg(from.name);
    case Kind::Department:
        return when +
               QStringLiteral("báo cáo kết quả về %1 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh "
                              "(qua Văn phòng Ủy ban nhân dân tỉnh).")
                   .arg(from.name);
    case Kind::Commune:
        return when +
               QStringLiteral("báo cáo kết quả về Văn phòng Hội đồng nhân dân và Ủy ban nhân "
                              "dân %1 để tổng hợp.")
                   .arg(from.area);
    }
    return when;
}

// A sentence added to about half of the paragraphs.
QString extra(const Issuer &from, Voice voice, const QString &leadUnit)
{
    const bool upward = isUpward(from.kind);
    if (voice == Voice::Submission)
        return upward ? QStringLiteral("Kính đề nghị Ủy ban nhân dân tỉnh xem xét, quyết định.")
                      : QStringLiteral("Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh "
                                       "xem xét, quyết định.");
    if (voice == Voice::Report && (upward || from.kind == Kind::Committee))
        return upward ? QStringLiteral("Kính đề nghị Ủy ban nhân dân tỉnh quan tâm, chỉ đạo.")
                      : QStringLiteral("Ủy ban nhân dân tỉnh kính báo cáo Thủ tướng Chính phủ xem "
                                       "xét, chỉ đạo.");
    switch (from.kind) {
    case Kind::Government:
    case Kind::PrimeMinister:
        return QStringLiteral(
            "Giao Văn phòng Chính phủ đôn đốc, kiểm tra việc thực hiện; trong quá "
            "trình thực hiện, nếu có khó khăn, vướng mắc, các bộ, ngành, địa "
            "phương kịp thời báo cáo Thủ tướng Chính phủ xem xét, quyết định.");
    case Kind::GovernmentOffice:
        if (voice == Voice::Directive)
            return QStringLiteral(
                "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Thử Nghiệm "
                "và các cơ quan liên quan biết, thực hiện.");
        [[fallthrough]];
    case Kind::Ministry:
        return QStringLiteral("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị phản "
                              "ánh kịp thời về %1 để được hướng dẫn, giải quyết.")
            .arg(from.name);
    case Kind::Committee:
        return QStringLiteral(
                   "Giao %1 chủ trì, phối hợp với các cơ quan, đơn vị liên quan tham mưu "
                   "bố trí kinh phí theo quy định; trong quá trình thực hiện, nếu có khó "
                   "khăn, vướng mắc, kịp thời báo cáo, đề xuất Ủy ban nhân dân tỉnh xem "
                   "xét, giải quyết.")
            .arg(leadUnit);
    case Kind::OtherProvince:
        return QStringLiteral("Trong quá trình phối hợp, nếu có khó khăn, vướng mắc, đề nghị kịp "
                              "thời thông tin để hai bên thống nhất giải quyết.");
    case Kind::Department:
    case Kind::Commune:
        return QStringLiteral("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, "
                              "đơn vị kịp thời phản ánh về %1 để được hướng dẫn, giải quyết.")
            .arg(from.name);
    }
    return QString();
}

// The body, in the issuer's voice. Draws exactly one number per paragraph, whatever the voice,
// so that the rest of the demo stays the same for a seed.
QStringList bodyFor(Generator &g, DocumentType type, const QString &topic, int paragraphs,
                    const Issuer &from, const QString &leadUnit)
{
    QStringList out;
    const bool articles = type == DocumentType::QuyetDinh || type == DocumentType::QuyChe ||
                          type == DocumentType::QuyDinh || type == DocumentType::NghiQuyet ||
                          isLegalNormative(type);
    const Voice voice = voiceOf(from.kind, type);
    for (int i = 1; i <= paragraphs; ++i) {
        const QString lead =
            articles ? QStringLiteral("Điều %1. ").arg(i) : QStringLiteral("%1. ").arg(i);
        QString text = lead + opening(from, voice, type, topic, i) + closing(from, voice);
        if (g.chance(0.5)) {
            text += u' ';
            text += extra(from, voice, leadUnit);
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
    for (qsizetype k = 0; k < departments.size(); ++k) {
        const Organisation &d = departments.at(k);
        const QString prefix = d.shortName.toLower().replace(u'đ', u'd');
        const bool finance = d.shortName == u"STC";
        const QString headTitle = QString::fromUtf8(kDepartments[k].head);
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
        // The type drawn above is then fitted to the issuer; nothing below draws more numbers
        // than before, so a seed keeps its states, urgencies and dates.
        Issuer issuer;
        QString leadUnit; // the department that drafts an outgoing document
        if (incoming) {
            // From the Government, a ministry, another province, a department or a commune.
            const int from = g.uniform(0, 9);
            if (from < 5) {
                const External &e = g.pick(kExternal);
                const bool government =
                    d.type == DocumentType::NghiDinh || d.type == DocumentType::NghiQuyet;
                issuer = government ? governmentIssuer() : externalIssuer(e);
                d.issuerCode = QString::fromUtf8(government ? kGovernmentCode : e.code);
            } else if (from < 8) {
                const int k = g.uniform(1, int(departments.size()) - 1);
                const Organisation &o = departments.at(k);
                issuer = departmentIssuer(kDepartments[k], o);
                d.issuerCode = o.code;
            } else {
                const Organisation &o = communes.at(g.uniform(0, int(communes.size()) - 1));
                issuer = communeIssuer(o);
                d.issuerCode = o.code;
            }
            d.issuerName = issuer.name;
            d.type = fitType(issuer.kind, d.type);
            d.number = g.uniform(1, 3000);
            d.notation = notationFor(issuer, d.type, issuer.unit, date.year());
            d.subject = subjectLine(d.type, topic);
            d.signerName = g.name();
            // Deputies sign most documents (KT.), the head about one in three.
            const Signature sig = signature(issuer, d.type, d.number % 3 == 0);
            d.signerTitle = sig.title;
            plan.page.signerTitle = sig.block;
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
        } else {
            // Drafted in a department for the People's Committee's signature.
            const QList<Person> staff = byOrg.value(dept.id);
            const Person &drafter = staff.value(1, staff.first());
            const Person &reviewer = staff.first();
            plan.people[drafter.id] |= quint32(R::Drafter);
            plan.people[reviewer.id] |= quint32(R::Reviewer);
            plan.people[leader.id] |= quint32(R::Signer);
            issuer = committeeIssuer();
            leadUnit = dept.name;
            d.draftingUnit = dept.name;
            d.issuerName = issuer.name;
            d.issuerCode = provinceCode;
            d.type = fitType(issuer.kind, d.type);
            d.notation = notationFor(issuer, d.type, dept.shortName, date.year());
            d.subject = subjectLine(d.type, topic);
            d.signerName = leader.fullName;
            d.signerTitle = leader.title;
            plan.page.signerTitle =
                signature(issuer, d.type, leader.roles.contains(Role::Leader)).block;
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
            // Nơi nhận: the departments concerned, now and then a commune (through the
            // exchange). Drawn from a generator of their own: the rest of the demo stays as it
            // was.
            Generator rg(quint32(i) * 2654435761u + 17u);
            for (int k = 0, n = rg.uniform(1, 3); k < n; ++k) {
                const Organisation &unit =
                    departments.at(rg.uniform(0, int(departments.size()) - 1));
                if (std::any_of(d.recipients.cbegin(), d.recipients.cend(),
                                [&unit](const Recipient &r) { return r.id == unit.id; })) {
                    continue;
                }
                d.recipients << Recipient{Recipient::Kind::Unit, unit.id, unit.name,
                                          s >= OutgoingState::Dispatched &&
                                                  s != OutgoingState::Returned
                                              ? Recipient::State::Received
                                              : Recipient::State::Pending};
            }
            if (rg.chance(0.3) && !communes.isEmpty()) {
                const Organisation &commune = communes.at(rg.uniform(0, int(communes.size()) - 1));
                d.recipients << Recipient{Recipient::Kind::External, commune.code, commune.name,
                                          Recipient::State::Pending};
            }
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
            plan.page.numberLine = d.number > 0 ? QStringLiteral("Số: ") + d.numberNotation()
                                                : QStringLiteral("Số:      /") + d.notation;
        }
        plan.page.issuerParent = issuer.parent;
        plan.page.issuer = issuer.header;
        // Minutes carry no place and date under the header (Annex III, form 1.9).
        // A draft leaves the day and month blank: the clerk writes them when issuing.
        const bool unissued = d.direction() == Direction::Outgoing && d.number == 0;
        plan.page.placeDate = d.type == DocumentType::BienBan ? QString()
                              : unissued ? QStringLiteral("%1, ngày      tháng      năm %2")
                                               .arg(issuer.place)
                                               .arg(date.year())
                                         : dateLine(issuer.place, date);
        plan.page.title =
            d.type == DocumentType::CongVan ? QString() : doctype::vietnameseName(d.type).toUpper();
        plan.page.subject = d.subject;
        plan.page.paragraphs = bodyFor(g, d.type, topic, g.uniform(4, 14), issuer, leadUnit);
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
        // After its history: the registers say when it was passed on.
        if (auto s = service.addDocument(plan.doc, provinceId, plan.people); !s)
            return s;
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
    if (options.registerRows > 0) {
        // A big register for measuring: rows of next year's incoming register, one statement.
        const int year = QDate::currentDate().year() + 1;
        auto rows = db.exec(
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                "INSERT INTO register_entries(holder_id, direction, series, year, number, "
                "document_id, row, search) SELECT ?, 'in', '', %2, i, 'bench' || i, "
                "'[\"02/01/%2\",\"' || i || '\",\"Sở Y tế\",\"' || i || "
                "'/KH-SYT\",\"20/12/%3\",\"Kế hoạch Về việc triển khai nhiệm vụ số ' || i || "
                "'\",\"Sở Tài chính\",\"03/01/%2\",\"\",\"Đã giao\"]', "
                "'so y te ke hoach trien khai nhiem vu so ' || i FROM n")
                .arg(options.registerRows)
                .arg(year)
                .arg(year - 1),
            {provinceId});
        if (!rows)
            return rows.error();
        progress(QStringLiteral("demo: %1 rows in the %2 incoming register")
                     .arg(options.registerRows)
                     .arg(year));
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
