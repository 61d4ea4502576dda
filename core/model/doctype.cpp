#include "core/model/doctype.h"

#include <QCoreApplication>

#include <array>

namespace lt::doctype {

namespace {

struct TypeInfo
{
    DocumentType type;
    const char *key;
    const char *abbreviation; // UTF-8
    const char *vietnamese;   // UTF-8
    const char *english;      // translatable source text
};

// clang-format off
constexpr std::array kTypes{
    TypeInfo{DocumentType::NghiQuyet,     "nghi_quyet",      "NQ",  "Nghị quyết",       QT_TRANSLATE_NOOP("lt::DocumentType", "Resolution")},
    TypeInfo{DocumentType::QuyetDinh,     "quyet_dinh",      "QĐ",  "Quyết định",       QT_TRANSLATE_NOOP("lt::DocumentType", "Decision")},
    TypeInfo{DocumentType::ChiThi,        "chi_thi",         "CT",  "Chỉ thị",          QT_TRANSLATE_NOOP("lt::DocumentType", "Directive")},
    TypeInfo{DocumentType::QuyChe,        "quy_che",         "QC",  "Quy chế",          QT_TRANSLATE_NOOP("lt::DocumentType", "Rules")},
    TypeInfo{DocumentType::QuyDinh,       "quy_dinh",        "QyĐ", "Quy định",         QT_TRANSLATE_NOOP("lt::DocumentType", "Regulation")},
    TypeInfo{DocumentType::ThongCao,      "thong_cao",       "TC",  "Thông cáo",        QT_TRANSLATE_NOOP("lt::DocumentType", "Communiqué")},
    TypeInfo{DocumentType::ThongBao,      "thong_bao",       "TB",  "Thông báo",        QT_TRANSLATE_NOOP("lt::DocumentType", "Notice")},
    TypeInfo{DocumentType::HuongDan,      "huong_dan",       "HD",  "Hướng dẫn",        QT_TRANSLATE_NOOP("lt::DocumentType", "Guidance")},
    TypeInfo{DocumentType::ChuongTrinh,   "chuong_trinh",    "CTr", "Chương trình",     QT_TRANSLATE_NOOP("lt::DocumentType", "Programme")},
    TypeInfo{DocumentType::KeHoach,       "ke_hoach",        "KH",  "Kế hoạch",         QT_TRANSLATE_NOOP("lt::DocumentType", "Plan")},
    TypeInfo{DocumentType::PhuongAn,      "phuong_an",       "PA",  "Phương án",        QT_TRANSLATE_NOOP("lt::DocumentType", "Scheme")},
    TypeInfo{DocumentType::DeAn,          "de_an",           "ĐA",  "Đề án",            QT_TRANSLATE_NOOP("lt::DocumentType", "Project proposal")},
    TypeInfo{DocumentType::DuAn,          "du_an",           "DA",  "Dự án",            QT_TRANSLATE_NOOP("lt::DocumentType", "Project")},
    TypeInfo{DocumentType::BaoCao,        "bao_cao",         "BC",  "Báo cáo",          QT_TRANSLATE_NOOP("lt::DocumentType", "Report")},
    TypeInfo{DocumentType::BienBan,       "bien_ban",        "BB",  "Biên bản",         QT_TRANSLATE_NOOP("lt::DocumentType", "Minutes")},
    TypeInfo{DocumentType::ToTrinh,       "to_trinh",        "TTr", "Tờ trình",         QT_TRANSLATE_NOOP("lt::DocumentType", "Submission")},
    TypeInfo{DocumentType::HopDong,       "hop_dong",        "HĐ",  "Hợp đồng",         QT_TRANSLATE_NOOP("lt::DocumentType", "Contract")},
    TypeInfo{DocumentType::CongDien,      "cong_dien",       "CĐ",  "Công điện",        QT_TRANSLATE_NOOP("lt::DocumentType", "Official dispatch by telegram")},
    TypeInfo{DocumentType::BanGhiNho,     "ban_ghi_nho",     "BGN", "Bản ghi nhớ",      QT_TRANSLATE_NOOP("lt::DocumentType", "Memorandum of understanding")},
    TypeInfo{DocumentType::BanThoaThuan,  "ban_thoa_thuan",  "BTT", "Bản thỏa thuận",   QT_TRANSLATE_NOOP("lt::DocumentType", "Agreement")},
    TypeInfo{DocumentType::GiayUyQuyen,   "giay_uy_quyen",   "GUQ", "Giấy ủy quyền",    QT_TRANSLATE_NOOP("lt::DocumentType", "Power of attorney")},
    TypeInfo{DocumentType::GiayMoi,       "giay_moi",        "GM",  "Giấy mời",         QT_TRANSLATE_NOOP("lt::DocumentType", "Invitation")},
    TypeInfo{DocumentType::GiayGioiThieu, "giay_gioi_thieu", "GGT", "Giấy giới thiệu",  QT_TRANSLATE_NOOP("lt::DocumentType", "Letter of introduction")},
    TypeInfo{DocumentType::GiayNghiPhep,  "giay_nghi_phep",  "GNP", "Giấy nghỉ phép",   QT_TRANSLATE_NOOP("lt::DocumentType", "Leave permit")},
    TypeInfo{DocumentType::PhieuGui,      "phieu_gui",       "PG",  "Phiếu gửi",        QT_TRANSLATE_NOOP("lt::DocumentType", "Transmittal slip")},
    TypeInfo{DocumentType::PhieuChuyen,   "phieu_chuyen",    "PC",  "Phiếu chuyển",     QT_TRANSLATE_NOOP("lt::DocumentType", "Forwarding slip")},
    TypeInfo{DocumentType::PhieuBao,      "phieu_bao",       "PB",  "Phiếu báo",        QT_TRANSLATE_NOOP("lt::DocumentType", "Notification slip")},
    TypeInfo{DocumentType::CongVan,       "cong_van",        "",    "Công văn",         QT_TRANSLATE_NOOP("lt::DocumentType", "Official letter")},
    TypeInfo{DocumentType::ThuCong,       "thu_cong",        "",    "Thư công",         QT_TRANSLATE_NOOP("lt::DocumentType", "Public letter")},
    TypeInfo{DocumentType::BanSaoY,       "ban_sao_y",       "SY",  "Bản sao y",        QT_TRANSLATE_NOOP("lt::DocumentType", "Certified true copy")},
    TypeInfo{DocumentType::BanSaoLuc,     "ban_sao_luc",     "SL",  "Bản sao lục",      QT_TRANSLATE_NOOP("lt::DocumentType", "Reproduced copy")},
    TypeInfo{DocumentType::BanTrichSao,   "ban_trich_sao",   "TrS", "Bản trích sao",    QT_TRANSLATE_NOOP("lt::DocumentType", "Extract copy")},
    TypeInfo{DocumentType::NghiDinh,      "nghi_dinh",       "NĐ",  "Nghị định",        QT_TRANSLATE_NOOP("lt::DocumentType", "Decree")},
    TypeInfo{DocumentType::ThongTu,       "thong_tu",        "TT",  "Thông tư",         QT_TRANSLATE_NOOP("lt::DocumentType", "Circular")},
    TypeInfo{DocumentType::ThongTuLienTich, "thong_tu_lien_tich", "TTLT", "Thông tư liên tịch", QT_TRANSLATE_NOOP("lt::DocumentType", "Joint circular")},
};
// clang-format on

const TypeInfo &info(DocumentType type)
{
    for (const auto &t : kTypes) {
        if (t.type == type)
            return t;
    }
    Q_UNREACHABLE();
}

} // namespace

const QList<DocumentType> &all()
{
    static const QList<DocumentType> types = [] {
        QList<DocumentType> list;
        for (const auto &t : kTypes)
            list.append(t.type);
        return list;
    }();
    return types;
}

QString key(DocumentType type)
{
    return QString::fromLatin1(info(type).key);
}

std::optional<DocumentType> fromKey(const QString &key)
{
    for (const auto &t : kTypes) {
        if (key == QLatin1String(t.key))
            return t.type;
    }
    return std::nullopt;
}

QString abbreviation(DocumentType type)
{
    return QString::fromUtf8(info(type).abbreviation);
}

std::optional<DocumentType> fromAbbreviation(const QString &abbreviation)
{
    if (abbreviation.isEmpty())
        return std::nullopt;
    // Abbreviations are matched exactly after NFC normalisation: "QĐ" typed with a decomposed
    // Đ does not exist (Đ has no decomposition), but other input may arrive in NFD.
    const QString wanted = abbreviation.normalized(QString::NormalizationForm_C);
    for (const auto &t : kTypes) {
        if (wanted == QString::fromUtf8(t.abbreviation))
            return t.type;
    }
    return std::nullopt;
}

QString vietnameseName(DocumentType type)
{
    return QString::fromUtf8(info(type).vietnamese);
}

QString displayName(DocumentType type)
{
    return QCoreApplication::translate("lt::DocumentType", info(type).english);
}

bool isCopy(DocumentType type)
{
    return type == DocumentType::BanSaoY || type == DocumentType::BanSaoLuc ||
           type == DocumentType::BanTrichSao;
}

} // namespace lt::doctype
