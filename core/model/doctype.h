#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace lt {

// Document types of Decree 30/2020/NĐ-CP, Appendix III, the copy forms, and the legal
// normative types (Law 80/2015/QH13) that arrive as incoming documents every day.
enum class DocumentType {
    NghiQuyet,       // NQ
    QuyetDinh,       // QĐ
    ChiThi,          // CT
    QuyChe,          // QC
    QuyDinh,         // QyĐ
    ThongCao,        // TC
    ThongBao,        // TB
    HuongDan,        // HD
    ChuongTrinh,     // CTr
    KeHoach,         // KH
    PhuongAn,        // PA
    DeAn,            // ĐA
    DuAn,            // DA
    BaoCao,          // BC
    BienBan,         // BB
    ToTrinh,         // TTr
    HopDong,         // HĐ
    CongDien,        // CĐ
    BanGhiNho,       // BGN
    BanThoaThuan,    // BTT
    GiayUyQuyen,     // GUQ
    GiayMoi,         // GM
    GiayGioiThieu,   // GGT
    GiayNghiPhep,    // GNP
    PhieuGui,        // PG
    PhieuChuyen,     // PC
    PhieuBao,        // PB
    CongVan,         // no abbreviation: number / issuer - drafting unit
    ThuCong,         // no abbreviation
    BanSaoY,         // SY
    BanSaoLuc,       // SL
    BanTrichSao,     // TrS
    NghiDinh,        // NĐ   (legal normative)
    ThongTu,         // TT   (legal normative)
    ThongTuLienTich, // TTLT (legal normative)
};

namespace doctype {

// Every type, in the order of the decree's appendix.
const QList<DocumentType> &all();

// Stable ASCII identifier for storage and the wire ("quyet_dinh").
QString key(DocumentType type);
std::optional<DocumentType> fromKey(const QString &key);

// The abbreviation used in notations ("QĐ"); empty for Công văn and Thư công.
QString abbreviation(DocumentType type);
std::optional<DocumentType> fromAbbreviation(const QString &abbreviation);

// The legal Vietnamese name ("Quyết định"), independent of the UI language.
QString vietnameseName(DocumentType type);

// The name in the UI language (Vietnamese by default, English with --lang en).
QString displayName(DocumentType type);

// True for the copy forms (sao y, sao lục, trích sao).
bool isCopy(DocumentType type);

} // namespace doctype
} // namespace lt
