<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>lt::Action</name>
    <message>
        <source>Register</source>
        <translation>Vào sổ</translation>
    </message>
    <message>
        <source>Return to sender</source>
        <translation>Trả lại nơi gửi</translation>
    </message>
    <message>
        <source>Submit to the leader</source>
        <translation>Trình lãnh đạo</translation>
    </message>
    <message>
        <source>Direct and assign</source>
        <translation>Bút phê và giao xử lý</translation>
    </message>
    <message>
        <source>Send back to the clerk</source>
        <translation>Chuyển lại văn thư</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Giao lại</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>Nhận xử lý</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Record the sender&apos;s recall</source>
        <translation>Ghi nhận thu hồi của nơi gửi</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Trình duyệt</translation>
    </message>
    <message>
        <source>Withdraw from review</source>
        <translation>Rút lại dự thảo</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Return to the drafter</source>
        <translation>Trả lại người soạn thảo</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ký</translation>
    </message>
    <message>
        <source>Number and issue</source>
        <translation>Cấp số và phát hành</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Gửi đi</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
</context>
<context>
    <name>lt::DocumentType</name>
    <message>
        <source>Resolution</source>
        <translation>Nghị quyết</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Directive</source>
        <translation>Chỉ thị</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Quy chế</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Quy định</translation>
    </message>
    <message>
        <source>Communiqué</source>
        <translation>Thông cáo</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Phương án</translation>
    </message>
    <message>
        <source>Project proposal</source>
        <translation>Đề án</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Tờ trình</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Hợp đồng</translation>
    </message>
    <message>
        <source>Official dispatch by telegram</source>
        <translation>Công điện</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Bản ghi nhớ</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Bản thỏa thuận</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Giấy ủy quyền</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Giấy mời</translation>
    </message>
    <message>
        <source>Letter of introduction</source>
        <translation>Giấy giới thiệu</translation>
    </message>
    <message>
        <source>Leave permit</source>
        <translation>Giấy nghỉ phép</translation>
    </message>
    <message>
        <source>Transmittal slip</source>
        <translation>Phiếu gửi</translation>
    </message>
    <message>
        <source>Forwarding slip</source>
        <translation>Phiếu chuyển</translation>
    </message>
    <message>
        <source>Notification slip</source>
        <translation>Phiếu báo</translation>
    </message>
    <message>
        <source>Official letter</source>
        <translation>Công văn</translation>
    </message>
    <message>
        <source>Public letter</source>
        <translation>Thư công</translation>
    </message>
    <message>
        <source>Certified true copy</source>
        <translation>Bản sao y</translation>
    </message>
    <message>
        <source>Reproduced copy</source>
        <translation>Bản sao lục</translation>
    </message>
    <message>
        <source>Extract copy</source>
        <translation>Bản trích sao</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>Nghị định</translation>
    </message>
    <message>
        <source>Circular</source>
        <translation>Thông tư</translation>
    </message>
    <message>
        <source>Joint circular</source>
        <translation>Thông tư liên tịch</translation>
    </message>
</context>
<context>
    <name>lt::Error</name>
    <message>
        <source>The input is not valid.</source>
        <translation>Dữ liệu nhập không hợp lệ.</translation>
    </message>
    <message>
        <source>This action is not allowed.</source>
        <translation>Thao tác này không được phép.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Không tìm thấy.</translation>
    </message>
    <message>
        <source>The service is not available.</source>
        <translation>Dịch vụ không sẵn sàng.</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>Không đọc hoặc ghi được tệp.</translation>
    </message>
    <message>
        <source>The operation timed out.</source>
        <translation>Thao tác đã quá thời gian chờ.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Thao tác đã bị hủy.</translation>
    </message>
    <message>
        <source>An internal error occurred.</source>
        <translation>Đã xảy ra lỗi nội bộ.</translation>
    </message>
</context>
<context>
    <name>lt::OrgCode</name>
    <message>
        <source>The organisation code is empty.</source>
        <translation>Mã định danh cơ quan đang để trống.</translation>
    </message>
    <message>
        <source>The organisation code is longer than %1 characters.</source>
        <translation>Mã định danh cơ quan dài quá %1 ký tự.</translation>
    </message>
    <message>
        <source>An organisation code has at least four groups separated by dots, such as 000.00.11.H53.</source>
        <translation>Mã định danh cơ quan có ít nhất bốn nhóm, cách nhau bởi dấu chấm, ví dụ 000.00.11.H53.</translation>
    </message>
    <message>
        <source>The last group &quot;%1&quot; must be a letter followed by two digits, such as H53.</source>
        <translation>Nhóm cuối “%1” phải là một chữ cái và hai chữ số, ví dụ H53.</translation>
    </message>
    <message>
        <source>The letter %1 does not name a level-1 body (A to K).</source>
        <translation>Chữ cái %1 không phải mã của cơ quan cấp 1 (từ A đến K).</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; must contain digits only.</source>
        <translation>Nhóm “%1” chỉ được chứa chữ số.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; must have %2 digits.</source>
        <translation>Nhóm “%1” phải có %2 chữ số.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; has more than 3 digits.</source>
        <translation>Nhóm “%1” có nhiều hơn 3 chữ số.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; is used but a group to its right is zero: levels must be filled from right to left.</source>
        <translation>Nhóm “%1” có giá trị nhưng một nhóm bên phải nó bằng 0: các cấp phải được điền từ phải sang trái.</translation>
    </message>
</context>
<context>
    <name>lt::auth::SecretStore</name>
    <message>
        <source>No saved sign-in was found.</source>
        <translation>Không tìm thấy phiên đăng nhập đã lưu.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>Bị từ chối truy cập kho khóa của hệ thống.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Kho khóa của hệ thống không sẵn sàng: %1</translation>
    </message>
</context>
<context>
    <name>lt::cli</name>
    <message>
        <source>Run &quot;lienthong-cli --help&quot; for the commands.</source>
        <translation>Chạy “lienthong-cli --help” để xem các lệnh.</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli notation TEXT</source>
        <translation>Cách dùng: lienthong-cli notation VĂN_BẢN</translation>
    </message>
    <message>
        <source>Number and notation: %1</source>
        <translation>Số, ký hiệu: %1</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Số: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>Năm: %1</translation>
    </message>
    <message>
        <source>Type: %1 (%2)</source>
        <translation>Loại văn bản: %1 (%2)</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Cơ quan ban hành: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Loại văn bản: %1</translation>
    </message>
    <message>
        <source>Drafting unit: %1</source>
        <translation>Đơn vị soạn thảo: %1</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli orgcode CODE</source>
        <translation>Cách dùng: lienthong-cli orgcode MÃ</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Mã: %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Cấp: %1</translation>
    </message>
    <message>
        <source>Level-1 body: %1</source>
        <translation>Cơ quan cấp 1: %1</translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation>Cơ quan cấp trên: %1</translation>
    </message>
    <message>
        <source>(none: a level-1 body)</source>
        <translation>(không có: cơ quan cấp 1)</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli fold TEXT...</source>
        <translation>Cách dùng: lienthong-cli fold VĂN_BẢN...</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli types</source>
        <translation>Cách dùng: lienthong-cli types</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli workflow incoming|outgoing STATE ROLE [ACTION]</source>
        <translation>Cách dùng: lienthong-cli workflow incoming|outgoing TRẠNG_THÁI VAI_TRÒ [THAO_TÁC]</translation>
    </message>
    <message>
        <source>Unknown direction &quot;%1&quot;.</source>
        <translation>Không rõ chiều văn bản “%1”.</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation>Không rõ trạng thái “%1”.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Không rõ vai trò “%1”.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Không rõ thao tác “%1”.</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli next-number YEAR LAST-NUMBER DATE(yyyy-MM-dd)</source>
        <translation>Cách dùng: lienthong-cli next-number NĂM SỐ_CUỐI NGÀY(yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>YEAR and LAST-NUMBER must be whole numbers.</source>
        <translation>NĂM và SỐ_CUỐI phải là số nguyên.</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli [--lang vi|en] COMMAND [ARGUMENTS]

LienThong on the command line: everything the desktop does, scriptable.

Commands:
  notation TEXT            check a number and notation, e.g. &quot;05/QĐ-UBND&quot;
  orgcode CODE             check a national organisation code, show its level and parent
  fold TEXT...             show the search form of a text (no accents, lower case)
  types                    list the document types and their abbreviations
  workflow DIRECTION STATE ROLE [ACTION]
                           list the actions ROLE may take, or judge ACTION
                           (DIRECTION: incoming|outgoing)
  next-number YEAR LAST DATE
                           the number a register gives next for a document dated DATE

Options:
  --lang vi|en             language of the messages (default: vi)
  -h, --help               show this help
  -v, --version            show the version

Exit status: 0 done, 1 refused (the reason is printed), 2 wrong usage.
</source>
        <translation>Cách dùng: lienthong-cli [--lang vi|en] LỆNH [THAM_SỐ]

LienThong trên dòng lệnh: mọi việc của bản máy tính, dùng được trong script.

Các lệnh:
  notation VĂN_BẢN         kiểm tra số, ký hiệu văn bản, ví dụ &quot;05/QĐ-UBND&quot;
  orgcode MÃ               kiểm tra mã định danh cơ quan, cho biết cấp và cơ quan cấp trên
  fold VĂN_BẢN...          dạng dùng để tìm kiếm của một đoạn chữ (không dấu, chữ thường)
  types                    liệt kê các loại văn bản và chữ viết tắt
  workflow CHIỀU TRẠNG_THÁI VAI_TRÒ [THAO_TÁC]
                           liệt kê thao tác VAI_TRÒ được làm, hoặc xét THAO_TÁC
                           (CHIỀU: incoming|outgoing — đến|đi)
  next-number NĂM SỐ_CUỐI NGÀY
                           số tiếp theo mà sổ cấp cho văn bản đề ngày NGÀY

Tùy chọn:
  --lang vi|en             ngôn ngữ thông báo (mặc định: vi)
  -h, --help               xem hướng dẫn này
  -v, --version            xem phiên bản

Mã thoát: 0 xong, 1 bị từ chối (có in lý do), 2 dùng sai cách.
</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Chưa có lệnh.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Không có lệnh “%1”.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Không có tùy chọn “%1”.</translation>
    </message>
</context>
<context>
    <name>lt::enums</name>
    <message>
        <source>Normal</source>
        <translation>Thường</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Khẩn</translation>
    </message>
    <message>
        <source>Very urgent</source>
        <translation>Thượng khẩn</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Hỏa tốc</translation>
    </message>
    <message>
        <source>Flash, timed</source>
        <translation>Hỏa tốc hẹn giờ</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Không mật</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Mật</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Tối mật</translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation>Tuyệt mật</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Thủ trưởng</translation>
    </message>
    <message>
        <source>Deputy leader</source>
        <translation>Cấp phó</translation>
    </message>
    <message>
        <source>Head of unit</source>
        <translation>Trưởng đơn vị</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Chuyên viên</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Văn thư</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mới đến</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã vào sổ</translation>
    </message>
    <message>
        <source>Awaiting direction</source>
        <translation>Chờ bút phê</translation>
    </message>
    <message>
        <source>Directed and assigned</source>
        <translation>Đã bút phê, giao xử lý</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xử lý xong</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>Đã trả lại nơi gửi</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Đang trình duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Returned for revision</source>
        <translation>Trả lại để sửa</translation>
    </message>
    <message>
        <source>Signed by the leader</source>
        <translation>Lãnh đạo đã ký</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Đã phát hành</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Văn bản đến</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Văn bản đi</translation>
    </message>
</context>
<context>
    <name>lt::numbering</name>
    <message>
        <source>The number and notation are empty.</source>
        <translation>Số, ký hiệu đang để trống.</translation>
    </message>
    <message>
        <source>A number and notation contains no spaces: &quot;%1&quot;.</source>
        <translation>Số, ký hiệu không có khoảng trắng: “%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no &quot;/&quot; between the number and the notation (expected e.g. 05/QĐ-UBND).</source>
        <translation>“%1” thiếu dấu “/” giữa số và ký hiệu (ví dụ đúng: 05/QĐ-UBND).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many &quot;/&quot;.</source>
        <translation>“%1” có quá nhiều dấu “/”.</translation>
    </message>
    <message>
        <source>The number &quot;%1&quot; must be written with 1 to 7 digits.</source>
        <translation>Số “%1” phải gồm từ 1 đến 7 chữ số.</translation>
    </message>
    <message>
        <source>The number must be at least 1.</source>
        <translation>Số văn bản phải từ 1 trở lên.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid year.</source>
        <translation>“%1” không phải là năm hợp lệ.</translation>
    </message>
    <message>
        <source>The notation after the number is empty.</source>
        <translation>Phần ký hiệu sau số đang để trống.</translation>
    </message>
    <message>
        <source>The character &quot;%1&quot; is not allowed in a notation.</source>
        <translation>Ký tự “%1” không được dùng trong ký hiệu.</translation>
    </message>
    <message>
        <source>The notation &quot;%1&quot; has an empty part between hyphens.</source>
        <translation>Ký hiệu “%1” có phần trống giữa hai dấu gạch nối.</translation>
    </message>
    <message>
        <source>The notation &quot;%1&quot; needs at least two parts joined by a hyphen (type-issuer or issuer-unit).</source>
        <translation>Ký hiệu “%1” cần ít nhất hai phần nối bằng dấu gạch nối (loại-cơ quan hoặc cơ quan-đơn vị).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document type abbreviation; only typed documents carry a year.</source>
        <translation>“%1” không phải chữ viết tắt của loại văn bản; chỉ văn bản có tên loại mới ghi năm.</translation>
    </message>
    <message>
        <source>The document date is not valid.</source>
        <translation>Ngày văn bản không hợp lệ.</translation>
    </message>
    <message>
        <source>The register has moved on to %1: no number can be given for a date in %2.</source>
        <translation>Sổ đã sang năm %1: không thể cấp số cho văn bản ngày của năm %2.</translation>
    </message>
    <message>
        <source>The register is full for %1.</source>
        <translation>Sổ năm %1 đã hết số.</translation>
    </message>
</context>
<context>
    <name>lt::server::Server</name>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT.</source>
        <translation>“%1” không có dạng MÁY:CỔNG.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation>“%1” không phải số cổng.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>“%1” không phải địa chỉ IP.</translation>
    </message>
    <message>
        <source>Plain HTTP is only served on a loopback address; %1 needs TLS.</source>
        <translation>HTTP không mã hóa chỉ dùng trên địa chỉ loopback; %1 cần TLS.</translation>
    </message>
    <message>
        <source>The data directory &quot;%1&quot; cannot be created.</source>
        <translation>Không tạo được thư mục dữ liệu “%1”.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>Không lắng nghe được trên %1:%2.</translation>
    </message>
</context>
<context>
    <name>lt::ui::MainWindow</name>
    <message>
        <source>LienThong — Documents and operations</source>
        <translation>LienThong — Quản lý văn bản và điều hành</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Chính</translation>
    </message>
    <message>
        <source>Search number, subject, issuer (with or without accents)</source>
        <translation>Tìm theo số, trích yếu, cơ quan ban hành (có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>Offline · not signed in</source>
        <translation>Ngoại tuyến · chưa đăng nhập</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About LienThong</source>
        <translation>&amp;Giới thiệu LienThong</translation>
    </message>
    <message>
        <source>To handle</source>
        <translation>Cần xử lý</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Văn bản đến</translation>
    </message>
    <message>
        <source>Outgoing drafts</source>
        <translation>Dự thảo văn bản đi</translation>
    </message>
    <message>
        <source>To sign</source>
        <translation>Chờ ký</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã phát hành</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Chưa có văn bản</translation>
    </message>
    <message>
        <source>Documents addressed to you, drafts to review and documents to sign will appear here once LienThong is connected to your agency&apos;s document management system. Documents kept offline stay available without a network.</source>
        <translation>Văn bản gửi đến anh/chị, dự thảo cần duyệt và văn bản chờ ký sẽ hiện ở đây khi LienThong được kết nối với hệ thống quản lý văn bản của cơ quan. Văn bản đã lưu ngoại tuyến vẫn mở được khi không có mạng.</translation>
    </message>
    <message>
        <source>About LienThong</source>
        <translation>Giới thiệu LienThong</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LienThong %1&lt;/h3&gt;&lt;p&gt;Desktop client for the document management and operations system of Vietnamese public administration.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LienThong %1&lt;/h3&gt;&lt;p&gt;Phần mềm máy trạm của hệ thống quản lý văn bản và điều hành trong cơ quan hành chính nhà nước Việt Nam.&lt;/p&gt;&lt;p&gt;Phát hành theo Giấy phép Apache 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The new language is used from the next start of LienThong.</source>
        <translation>Ngôn ngữ mới được dùng từ lần khởi động LienThong tiếp theo.</translation>
    </message>
</context>
<context>
    <name>lt::workflow</name>
    <message>
        <source>&quot;%1&quot; is not possible for a document that is &quot;%2&quot;.</source>
        <translation>Không thể “%1” với văn bản đang ở trạng thái “%2”.</translation>
    </message>
    <message>
        <source>A person acting as &quot;%1&quot; cannot &quot;%2&quot; a document that is &quot;%3&quot;.</source>
        <translation>Người ở vai trò “%1” không được “%2” văn bản đang ở trạng thái “%3”.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LienThong desktop client for official documents.</source>
        <translation>LienThong — phần mềm máy trạm xử lý văn bản.</translation>
    </message>
    <message>
        <source>User interface language: vi or en.</source>
        <translation>Ngôn ngữ giao diện: vi hoặc en.</translation>
    </message>
</context>
</TS>
