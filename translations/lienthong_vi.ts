<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Lùi</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Đi tiếp</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Xem dạng chi tiết</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nơi dùng gần đây</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Tệp %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Bạn có muốn thay thế không?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
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
    <message>
        <source>Report our part</source>
        <translation>Báo cáo phần phối hợp</translation>
    </message>
    <message>
        <source>Pass on to specialists</source>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <source>Void the number</source>
        <translation>Hủy số</translation>
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
    <message>
        <source>You are not signed in, or your session has expired.</source>
        <translation>Anh/chị chưa đăng nhập hoặc phiên làm việc đã hết hạn.</translation>
    </message>
    <message>
        <source>The account is locked for a while after too many wrong passwords.</source>
        <translation>Tài khoản bị tạm khóa do nhập sai mật khẩu quá nhiều lần.</translation>
    </message>
    <message>
        <source>The document has changed; the action no longer applies.</source>
        <translation>Văn bản đã thay đổi; thao tác không còn áp dụng được.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your work is kept and sent later.</source>
        <translation>Không kết nối được máy chủ. Công việc của anh/chị được giữ lại và gửi sau.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>Máy chủ báo lỗi.</translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation>Mã PIN không đúng.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is locked. Ask your certificate provider to unlock it.</source>
        <translation>Mã PIN của thiết bị ký số đã bị khóa. Hãy liên hệ nhà cung cấp chứng thư số để mở khóa.</translation>
    </message>
    <message>
        <source>The token was removed. Plug it in and try again.</source>
        <translation>Thiết bị ký số đã bị rút ra. Hãy cắm lại và thử lại.</translation>
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
    <message>
        <source>Sign in with: lienthong-cli login --server URL --user NAME</source>
        <translation>Đăng nhập bằng lệnh: lienthong-cli login --server URL --user TÊN</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mật khẩu: </translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>quá hạn từ %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli login --server URL --user NAME [--password-stdin]</source>
        <translation>Cách dùng: lienthong-cli login --server URL --user TÊN [--password-stdin]</translation>
    </message>
    <message>
        <source>Refusing to send a password over plain HTTP to %1; use https://.</source>
        <translation>Không gửi mật khẩu qua HTTP không mã hóa tới %1; hãy dùng https://.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3).</source>
        <translation>Đã đăng nhập vào %1 với tư cách %2 (%3).</translation>
    </message>
    <message>
        <source>No keychain is available: the session is not remembered, and each command will need --password-stdin.</source>
        <translation>Không có kho khóa của hệ thống: phiên làm việc không được ghi nhớ, mỗi lệnh sẽ cần --password-stdin.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Chưa đăng nhập.</translation>
    </message>
    <message>
        <source>Signed out. Documents kept offline stay on this computer.</source>
        <translation>Đã đăng xuất. Văn bản lưu ngoại tuyến vẫn còn trên máy này.</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli sync [--wait SECONDS] [--page-size N] [--password-stdin]</source>
        <translation>Cách dùng: lienthong-cli sync [--wait GIÂY] [--page-size N] [--password-stdin]</translation>
    </message>
    <message>
        <source>Retrying in %1 s.</source>
        <translation>Thử lại sau %1 giây.</translation>
    </message>
    <message>
        <source>Synchronised: %1 document(s) updated, %2 removed; %3 action(s) delivered (%4 applied, %5 rejected); %6 file(s) downloaded.</source>
        <translation>Đã đồng bộ: cập nhật %1 văn bản, gỡ %2; đã gửi %3 thao tác (%4 được chấp nhận, %5 bị từ chối); tải về %6 tệp.</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Hồ sơ: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Máy chủ: %1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Người dùng: %1 (%2)</translation>
    </message>
    <message>
        <source>Cursor: %1</source>
        <translation>Con trỏ đồng bộ: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Đồng bộ lần cuối: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa lần nào</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Văn bản: %1</translation>
    </message>
    <message>
        <source>Pending actions: %1</source>
        <translation>Thao tác chờ gửi: %1</translation>
    </message>
    <message>
        <source>Rejected actions: %1</source>
        <translation>Thao tác bị từ chối: %1</translation>
    </message>
    <message>
        <source>Files kept offline: %1</source>
        <translation>Tệp lưu ngoại tuyến: %1</translation>
    </message>
    <message>
        <source>Unknown box &quot;%1&quot; (to-handle, incoming, outgoing, to-sign, sent).</source>
        <translation>Không có hộp “%1” (to-handle, incoming, outgoing, to-sign, sent).</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli search TEXT... [--limit N] [--json]</source>
        <translation>Cách dùng: lienthong-cli search VĂN_BẢN... [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli show ID [--json]</source>
        <translation>Cách dùng: lienthong-cli show MÃ [--json]</translation>
    </message>
    <message>
        <source>No document &quot;%1&quot; on this computer.</source>
        <translation>Không có văn bản “%1” trên máy này.</translation>
    </message>
    <message>
        <source>Number and notation</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Incoming number</source>
        <translation>Số đến</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>chưa tải về</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Quá trình xử lý:</translation>
    </message>
    <message>
        <source>[pending]</source>
        <translation>[chờ gửi]</translation>
    </message>
    <message>
        <source>[rejected]</source>
        <translation>[bị từ chối]</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli pin ID | --box NAME</source>
        <translation>Cách dùng: lienthong-cli pin MÃ | --box TÊN_HỘP</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli unpin ID | --box NAME</source>
        <translation>Cách dùng: lienthong-cli unpin MÃ | --box TÊN_HỘP</translation>
    </message>
    <message>
        <source>Unknown box &quot;%1&quot;.</source>
        <translation>Không có hộp “%1”.</translation>
    </message>
    <message>
        <source>Kept offline: the files are downloaded by the next sync.</source>
        <translation>Đã đánh dấu lưu ngoại tuyến: tệp sẽ được tải về ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>No longer kept offline.</source>
        <translation>Đã bỏ lưu ngoại tuyến.</translation>
    </message>
    <message>
        <source>The deadline must be written yyyy-MM-dd.</source>
        <translation>Hạn xử lý phải viết theo dạng yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>Queued &quot;%1&quot; on %2 (action %3); it is sent by the next sync.</source>
        <translation>Đã xếp hàng thao tác “%1” cho văn bản %2 (mã %3); thao tác được gửi ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>Token PIN: </source>
        <translation>Mã PIN của thiết bị ký số: </translation>
    </message>
    <message>
        <source>Usage: lienthong-cli tokens [--module PATH]</source>
        <translation>Cách dùng: lienthong-cli tokens [--module ĐƯỜNG_DẪN]</translation>
    </message>
    <message>
        <source>No token driver was found; give one with --module PATH.</source>
        <translation>Không tìm thấy trình điều khiển thiết bị ký số; hãy chỉ định bằng --module ĐƯỜNG_DẪN.</translation>
    </message>
    <message>
        <source>Driver: %1 (%2)</source>
        <translation>Trình điều khiển: %1 (%2)</translation>
    </message>
    <message>
        <source>no token plugged in</source>
        <translation>chưa cắm thiết bị ký số</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; (%2 %3, serial %4, slot %5)</source>
        <translation>Thiết bị “%1” (%2 %3, số sê-ri %4, khe %5)</translation>
    </message>
    <message>
        <source>PIN locked</source>
        <translation>Mã PIN đã bị khóa</translation>
    </message>
    <message>
        <source>one PIN try left</source>
        <translation>chỉ còn một lần nhập mã PIN</translation>
    </message>
    <message>
        <source>a wrong PIN was entered recently</source>
        <translation>gần đây đã nhập sai mã PIN</translation>
    </message>
    <message>
        <source>Certificate %1: %2</source>
        <translation>Chứng thư %1: %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Chủ thể: %1</translation>
    </message>
    <message>
        <source>Valid %1 – %2</source>
        <translation>Hiệu lực %1 – %2</translation>
    </message>
    <message>
        <source>Key: %1 %2 bits%3</source>
        <translation>Khóa: %1 %2 bit%3</translation>
    </message>
    <message>
        <source>, for signing</source>
        <translation>, dùng để ký</translation>
    </message>
    <message>
        <source>, not for signing</source>
        <translation>, không dùng để ký</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;.</source>
        <translation>Không có kiểu chữ ký “%1”.</translation>
    </message>
    <message>
        <source>--page takes a page number from 1.</source>
        <translation>--page nhận số trang, bắt đầu từ 1.</translation>
    </message>
    <message>
        <source>--rect takes X,Y,WIDTH,HEIGHT in points.</source>
        <translation>--rect nhận X,Y,RỘNG,CAO tính bằng point.</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; does not exist.</source>
        <translation>Không có tệp ảnh “%1”.</translation>
    </message>
    <message>
        <source>Warning: one PIN try is left on this token.</source>
        <translation>Cảnh báo: thiết bị ký số chỉ còn một lần nhập mã PIN.</translation>
    </message>
    <message>
        <source>Warning: a wrong PIN was entered on this token recently.</source>
        <translation>Cảnh báo: gần đây đã nhập sai mã PIN trên thiết bị này.</translation>
    </message>
    <message>
        <source>No signing certificate was found on a token.</source>
        <translation>Không tìm thấy chứng thư ký số trên thiết bị.</translation>
    </message>
    <message>
        <source>Signed by %1: %2 (%3 bytes added, page %4).</source>
        <translation>%1 đã ký: %2 (thêm %3 byte, trang %4).</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli display-copy --in SIGNED.pdf --out COPY.pdf</source>
        <translation>Cách dùng: lienthong-cli display-copy --in ĐÃ_KÝ.pdf --out BẢN_HIỂN_THỊ.pdf</translation>
    </message>
    <message>
        <source>%1: %2 stamp(s) painted into the pages.</source>
        <translation>%1: đã vẽ %2 hình chữ ký vào trang.</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli upload ID SIGNED.pdf [--password-stdin]</source>
        <translation>Cách dùng: lienthong-cli upload MÃ ĐÃ_KÝ.pdf [--password-stdin]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>Không đọc được “%1”.</translation>
    </message>
    <message>
        <source>Sent: %1 is now at version %2 of its file.</source>
        <translation>Đã gửi: tệp của văn bản %1 nay là phiên bản %2.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>No certificate could be read from &quot;%1&quot;.</source>
        <translation>Không đọc được chứng thư nào từ “%1”.</translation>
    </message>
    <message>
        <source>--offline-limit takes megabytes (0: no limit).</source>
        <translation>--offline-limit nhận số MB (0: không giới hạn).</translation>
    </message>
    <message>
        <source>Token drivers: %1</source>
        <translation>Trình điều khiển thiết bị ký số: %1</translation>
    </message>
    <message>
        <source>(those discovered)</source>
        <translation>(những trình điều khiển tìm thấy trên máy)</translation>
    </message>
    <message>
        <source>CA certificates: %1</source>
        <translation>Chứng thư CA: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Offline files: %1, limit %2</source>
        <translation>Tệp ngoại tuyến: %1, giới hạn %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Signer: %1 %2</source>
        <translation>Người ký: %1 %2</translation>
    </message>
    <message>
        <source>Unknown level &quot;%1&quot; (B-B, B-T or B-LT).</source>
        <translation>Không có mức “%1” (B-B, B-T hoặc B-LT).</translation>
    </message>
    <message>
        <source>Levels B-T and B-LT need a timestamp authority: --tsa URL.</source>
        <translation>Mức B-T và B-LT cần máy chủ cấp dấu thời gian: --tsa URL.</translation>
    </message>
    <message numerus="yes">
        <source>Extended to %1: %2 (%3 bytes added; validation data for %n signature(s)).</source>
        <translation>
            <numerusform>Đã nâng lên %1: %2 (thêm %3 byte; dữ liệu kiểm tra cho %n chữ ký).</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature level: %1; timestamps: %2; OCSP: %3</source>
        <translation>Mức chữ ký: %1; dấu thời gian: %2; OCSP: %3</translation>
    </message>
    <message>
        <source>the certificate&apos;s</source>
        <translation>theo chứng thư</translation>
    </message>
    <message>
        <source>--field takes the field&apos;s page and place: no --page or --rect with it.</source>
        <translation>--field lấy trang và vị trí của trường chữ ký: không dùng kèm --page hoặc --rect.</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli extend --in SIGNED.pdf --out OUT.pdf --tsa URL [--level B-T|B-LT] [--ocsp URL] [--crl URL] [--chain PEM]</source>
        <translation>Cách dùng: lienthong-cli extend --in ĐÃ_KÝ.pdf --out RA.pdf --tsa URL [--level B-T|B-LT] [--ocsp URL] [--crl URL] [--chain PEM]</translation>
    </message>
    <message>
        <source>Choose exactly one lead unit with --lead.</source>
        <translation>Chọn đúng một đơn vị chủ trì bằng --lead.</translation>
    </message>
    <message>
        <source>A wrong PIN now locks the token. Type &quot;yes&quot; to go on: </source>
        <translation>Nhập sai mã PIN lúc này sẽ khóa thiết bị ký số. Gõ “yes” (hoặc “có”) để tiếp tục: </translation>
    </message>
    <message>
        <source>Not signed: the last PIN try is kept. Sign with --final-pin-try when you are sure of the PIN.</source>
        <translation>Chưa ký: lần thử mã PIN cuối cùng được giữ lại. Hãy ký với --final-pin-try khi chắc chắn về mã PIN.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; (vi, en).</source>
        <translation>Không có ngôn ngữ “%1” (chỉ có vi, en).</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds, such as 30.</source>
        <translation>--timeout cần một số giây, ví dụ 30.</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli ls [--box incoming|outgoing|to-sign|sent|to-handle] [--work] [--urgent] [--overdue] [--unread] [--limit N] [--offset N] [--json]</source>
        <translation>Cách dùng: lienthong-cli ls [--box incoming|outgoing|to-sign|sent|to-handle] [--work] [--urgent] [--overdue] [--unread] [--limit N] [--offset N] [--json]</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli read ID...</source>
        <translation>Cách dùng: lienthong-cli read ID...</translation>
    </message>
    <message numerus="yes">
        <source>Marked read: %n document(s).</source>
        <translation>
            <numerusform>Đã đánh dấu đã đọc: %n văn bản.</numerusform>
        </translation>
    </message>
    <message>
        <source>(sent %1)</source>
        <translation>(gửi lên lúc %1)</translation>
    </message>
    <message>
        <source>Urgency is one of normal, urgent, very_urgent, flash, flash_timed.</source>
        <translation>Độ khẩn là một trong: normal, urgent, very_urgent, flash, flash_timed.</translation>
    </message>
    <message>
        <source>Confidentiality is one of normal, confidential, secret, top_secret.</source>
        <translation>Độ mật là một trong: normal, confidential, secret, top_secret.</translation>
    </message>
    <message>
        <source>Not registered: the same document (issuer, number and date) is registered already:</source>
        <translation>Chưa vào sổ: văn bản trùng (cơ quan ban hành, số ký hiệu và ngày) đã được vào sổ:</translation>
    </message>
    <message>
        <source>Register it anyway with --accept-duplicate.</source>
        <translation>Nếu vẫn vào sổ, dùng --accept-duplicate.</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli draft version ID --file F.pdf</source>
        <translation>Cách dùng: lienthong-cli draft version ID --file TỆP.pdf</translation>
    </message>
    <message>
        <source>%1 is now at version %2 (%3).</source>
        <translation>%1 nay ở phiên bản %2 (%3).</translation>
    </message>
    <message>
        <source>A draft needs --type (such as QĐ, KH, TTr or cong_van), --subject and --file.</source>
        <translation>Dự thảo cần --type (như QĐ, KH, TTr hoặc cong_van), --subject và --file.</translation>
    </message>
    <message>
        <source>%1 registered with arrival number %2.</source>
        <translation>%1 đã vào sổ với số đến %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>Đã ghi %n dòng vào %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n dòng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: lienthong-cli issue ID [--module PATH] [--token LABEL] [--key-id HEX] [--pin-stdin] [--password-stdin]
(the PIN and the password cannot both come from stdin: LIENTHONG_PIN gives the PIN)</source>
        <translation>Cách dùng: lienthong-cli issue ID [--module ĐƯỜNG_DẪN] [--token NHÃN] [--key-id HEX] [--pin-stdin] [--password-stdin]
(mã PIN và mật khẩu không thể cùng đọc từ stdin: dùng LIENTHONG_PIN cho mã PIN)</translation>
    </message>
    <message>
        <source>%1 is numbered %2 and signed; it is issued by the next sync.</source>
        <translation>%1 đã được cấp số %2 và ký; văn bản được phát hành ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>Issuing takes --issue-number N (from 1), --issue-notation such as KH-UBND and an optional --issue-date yyyy-MM-dd.</source>
        <translation>Cấp số cần --issue-number SỐ (từ 1), --issue-notation như KH-UBND và có thể thêm --issue-date yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli sign --in IN.pdf --out OUT.pdf [--module PATH] [--token LABEL] [--key-id HEX] [--pin-stdin] [--profile leader|agency|attachment|invisible] [--page N] [--rect X,Y,W,H] [--field NAME] [--image PNG] [--reason TEXT] [--chain PEM] [--name TEXT] [--title TEXT] [--organisation TEXT] [--email TEXT] [--notation TEXT] [--level B-B|B-T|B-LT] [--tsa URL] [--ocsp URL] [--crl URL] [--trust PEM] [--pss] [--final-pin-try] [--issue-number N --issue-notation KH-UBND [--issue-date yyyy-MM-dd] [--number-at X,Y] [--day-at X,Y --month-at X,Y [--year-at X,Y]]]</source>
        <translation>Cách dùng: lienthong-cli sign --in VÀO.pdf --out RA.pdf [--module ĐƯỜNG_DẪN] [--token NHÃN] [--key-id HEX] [--pin-stdin] [--profile leader|agency|attachment|invisible] [--page SỐ] [--rect X,Y,R,C] [--field TÊN] [--image PNG] [--reason LÝ_DO] [--chain PEM] [--name TÊN] [--title CHỨC_VỤ] [--organisation CƠ_QUAN] [--email EMAIL] [--notation SỐ_KÝ_HIỆU] [--level B-B|B-T|B-LT] [--tsa URL] [--ocsp URL] [--crl URL] [--trust PEM] [--pss] [--final-pin-try] [--issue-number SỐ --issue-notation KH-UBND [--issue-date yyyy-MM-dd] [--number-at X,Y] [--day-at X,Y --month-at X,Y [--year-at X,Y]]]</translation>
    </message>
    <message>
        <source>--number-at, --day-at, --month-at and --year-at take X,Y in points.</source>
        <translation>--number-at, --day-at, --month-at và --year-at nhận X,Y tính bằng point.</translation>
    </message>
    <message>
        <source>--day-at and --month-at go together.</source>
        <translation>--day-at và --month-at phải đi cùng nhau.</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli draft submit ID [--to LOGIN] [--text TEXT] [--same-version]</source>
        <translation>Cách dùng: lienthong-cli draft submit ID [--to TÊN_ĐĂNG_NHẬP] [--text NỘI_DUNG] [--same-version]</translation>
    </message>
    <message>
        <source>The draft was returned and has no new version since: give one with &quot;draft version&quot;, or submit the same text again with --same-version.</source>
        <translation>Dự thảo đã bị trả lại và chưa có phiên bản mới: hãy cập nhật bằng &quot;draft version&quot;, hoặc trình lại nội dung cũ với --same-version.</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Co-operating units</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli act ID ACTION [--text TEXT] [--lead UNIT[:PERSON]] [--cooperate UNIT[:PERSON]]... [--inform UNIT]... [--deadline yyyy-MM-dd] [--to LOGIN] [--file SIGNED.pdf]
Actions: approve, return, direct, reassign, comment, register, submit, sign, issue, dispatch, …
--to names the leader (submit) or reviewer (submit_for_review) it goes to; UNIT:PERSON gives the part to one person of the unit (pass_on: --lead LOGIN and --cooperate LOGIN, people of your unit). With --file the signed version of the main file goes up before the action.</source>
        <translation>Cách dùng: lienthong-cli act ID HÀNH_ĐỘNG [--text NỘI_DUNG] [--lead ĐƠN_VỊ[:NGƯỜI]] [--cooperate ĐƠN_VỊ[:NGƯỜI]]... [--inform ĐƠN_VỊ]... [--deadline yyyy-MM-dd] [--to TÊN_ĐĂNG_NHẬP] [--file TỆP_ĐÃ_KÝ.pdf]
Hành động: approve, return, direct, reassign, comment, register, submit, sign, issue, dispatch, …
--to chỉ lãnh đạo (submit) hoặc người xem xét (submit_for_review) nhận văn bản; ĐƠN_VỊ:NGƯỜI giao phần việc cho một người của đơn vị (pass_on: --lead TÊN_ĐĂNG_NHẬP và --cooperate TÊN_ĐĂNG_NHẬP, người của đơn vị mình). Với --file, bản đã ký của tệp chính được gửi lên trước hành động.</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli unread ID...</source>
        <translation>Cách dùng: lienthong-cli unread MÃ...</translation>
    </message>
    <message numerus="yes">
        <source>Marked unread: %n document(s).</source>
        <translation>
            <numerusform>Đã đánh dấu chưa đọc: %n văn bản.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: lienthong-cli settings [--pkcs11-module PATH]... [--ca-certificate PEM]... [--clear-lists] [--offline-dir DIR] [--offline-limit MB] [--signer-title TEXT] [--signer-email TEXT] [--level B-B|B-T|B-LT] [--tsa URL] [--ocsp URL] [--phrase TEXT]... | [--default-phrases]</source>
        <translation>Cách dùng: lienthong-cli settings [--pkcs11-module ĐƯỜNG_DẪN]... [--ca-certificate PEM]... [--clear-lists] [--offline-dir THƯ_MỤC] [--offline-limit MB] [--signer-title CHỨC_VỤ] [--signer-email THƯ] [--level B-B|B-T|B-LT] [--tsa URL] [--ocsp URL] [--phrase NỘI_DUNG]... | [--default-phrases]</translation>
    </message>
    <message>
        <source>Ready-made phrases:</source>
        <translation>Câu mẫu:</translation>
    </message>
    <message>
        <source>Ready-made phrases (built-in):</source>
        <translation>Câu mẫu (có sẵn):</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli draft new --type TYPE --subject TEXT --file F.pdf [--appendix F.pdf]... [--signer LOGIN] [--unit UNIT] [--recipient UNIT|PERSON|external:ORGCODE|paper:NAME]... [--urgency U] [--confidentiality C] [--deadline yyyy-MM-dd] [--register NAME]
       lienthong-cli draft version ID --file F.pdf
       lienthong-cli draft submit ID [--to LOGIN]</source>
        <translation>Cách dùng: lienthong-cli draft new --type LOẠI --subject TRÍCH_YẾU --file TỆP.pdf [--appendix TỆP.pdf]... [--signer TÊN_ĐĂNG_NHẬP] [--unit ĐƠN_VỊ] [--recipient ĐƠN_VỊ|NGƯỜI|external:MÃ_ĐỊNH_DANH|paper:TÊN]... [--urgency ĐỘ_KHẨN] [--confidentiality ĐỘ_MẬT] [--deadline yyyy-MM-dd] [--register TÊN_SỔ]
       lienthong-cli draft version ID --file TỆP.pdf
       lienthong-cli draft submit ID [--to TÊN_ĐĂNG_NHẬP]</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli incoming register --issuer-code ORGCODE|--issuer-name TEXT --notation N/KH-XX --date yyyy-MM-dd --type TYPE --subject TEXT --file F.pdf [--appendix F.pdf]... [--signer-name TEXT] [--signer-title TEXT] [--pages N] [--urgency U] [--confidentiality C] [--deadline yyyy-MM-dd] [--register NAME] [--accept-duplicate]</source>
        <translation>Cách dùng: lienthong-cli incoming register --issuer-code MÃ_ĐỊNH_DANH|--issuer-name TÊN --notation SỐ/KH-XX --date yyyy-MM-dd --type LOẠI --subject TRÍCH_YẾU --file TỆP.pdf [--appendix TỆP.pdf]... [--signer-name TÊN] [--signer-title CHỨC_VỤ] [--pages SỐ_TRANG] [--urgency ĐỘ_KHẨN] [--confidentiality ĐỘ_MẬT] [--deadline yyyy-MM-dd] [--register TÊN_SỔ] [--accept-duplicate]</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli register show --direction in|out|post [--year YYYY] [--register NAME|secret] [--search WORDS] [--csv FILE] [--xlsx FILE] [--pdf FILE]</source>
        <translation>Cách dùng: lienthong-cli register show --direction in|out|post [--year NĂM] [--register TÊN_SỔ|secret] [--search TỪ_KHÓA] [--csv TỆP] [--xlsx TỆP] [--pdf TỆP]</translation>
    </message>
    <message>
        <source>(the agency&apos;s)</source>
        <translation>(sổ của cơ quan)</translation>
    </message>
    <message>
        <source>Other registers this year: %1</source>
        <translation>Các sổ khác trong năm: %1</translation>
    </message>
    <message>
        <source>Usage: lienthong-cli [--lang vi|en] [--profile DIR] [--timeout SECONDS] [--ca-file PEM] COMMAND [ARGUMENTS]

LienThong on the command line: everything the desktop does, scriptable.

Working with the server (the profile keeps documents for offline work):
  login --server URL --user NAME [--password-stdin]
                           sign in; the session is kept in the system keychain
  logout                   sign out (documents kept offline stay)
  sync [--wait SECONDS] [--page-size N] [--password-stdin]
                           send queued actions, receive changes and files kept offline
  status                   server, user, last sync, pending actions, cache size
  ls [--box to-handle|incoming|outgoing|to-sign|sent] [--work] [--urgent]
     [--overdue] [--unread] [--limit N] [--offset N] [--json]
                           list documents, newest first (--work: the open ones
                           given to you or your unit)
  search TEXT... [--json]  search with or without accents (&quot;quyet dinh&quot;)
  show ID [--json]         a document: metadata, files, history, pending actions
  read ID...               mark documents read (the server learns it at the sync)
  unread ID...             mark documents unread again
  pin ID | pin --box NAME  keep files offline (unpin to stop)
  act ID ACTION [--text TEXT] [--lead UNIT[:PERSON]] [--cooperate UNIT[:PERSON]]...
      [--inform UNIT]... [--deadline yyyy-MM-dd] [--to LOGIN] [--file SIGNED.pdf]
                           queue an action (approve, return, direct, comment, …);
                           --to: the leader or reviewer it is put before; with
                           --file a signed version goes up first (sign, issue);
                           pass_on (a head): --lead LOGIN [--cooperate LOGIN]...
                           gives the unit&apos;s part to its people
  upload ID SIGNED.pdf     send a signed version of the document&apos;s file (the server
                           takes it only if it extends the current version)
  draft new --type TYPE --subject TEXT --file F.pdf [--appendix F.pdf]...
      [--signer LOGIN] [--unit UNIT] [--recipient UNIT|PERSON|external:CODE|paper:NAME]...
      [--urgency U] [--confidentiality C] [--deadline yyyy-MM-dd] [--register NAME]
                           a new draft (a .docx/.odt: made a PDF by LibreOffice);
                           prints its id
  draft version ID --file F.pdf   a new version of a draft (returned or not yet sent)
  draft submit ID [--to LOGIN]    put a draft before its reviewer
  incoming register --issuer-code CODE|--issuer-name TEXT --notation N/KH-XX
      --date yyyy-MM-dd --type TYPE --subject TEXT --file SCAN.pdf [--pages N]
      [--register NAME] [--accept-duplicate] …
                           register a document received on paper or by e-mail;
                           prints its id and arrival number
  issue ID [--module PATH] [--pin-stdin]
                           the clerk: the number from the register written into the
                           file with the agency&apos;s signature, queued
  register show --direction in|out|post [--year YYYY] [--register NAME|secret]
                [--search WORDS] [--csv FILE] [--xlsx FILE] [--pdf FILE]
                           the registers of Decree 30/2020, Annex IV (--register: a
                           council&apos;s own, or the secret series; --pdf: laid out
                           for printing as the annex shows them)
  settings [--pkcs11-module PATH]... [--ca-certificate PEM]... [--clear-lists]
           [--offline-dir DIR] [--offline-limit MB] [--signer-title TEXT]
           [--signer-email TEXT] [--level B-B|B-T|B-LT] [--tsa URL] [--ocsp URL]
           [--phrase TEXT]... | [--default-phrases]
                           show or change the profile&apos;s settings (as the app&apos;s;
                           --phrase: the ready-made phrases of directions)

Signing with a USB token (PKCS#11), without a server:
  tokens [--module PATH]   list token drivers, tokens and their certificates
  sign --in IN.pdf --out OUT.pdf [--module PATH] [--token LABEL] [--key-id HEX]
       [--pin-stdin] [--profile leader|agency|attachment|invisible] [--page N]
       [--rect X,Y,W,H] [--field NAME] [--image PNG] [--reason TEXT] [--chain PEM]
       [--name TEXT]
       [--title TEXT] [--organisation TEXT] [--email TEXT] [--notation TEXT]
       [--level B-B|B-T|B-LT] [--tsa URL] [--ocsp URL] [--crl URL] [--trust PEM]
       [--pss] [--final-pin-try]
                           PAdES signature with a visible stamp; the PIN comes
                           from a prompt, --pin-stdin or LIENTHONG_PIN (never
                           empty); with one try left, only after a yes at the
                           prompt or with --final-pin-try
  extend --in SIGNED.pdf --out OUT.pdf --tsa URL [--level B-T|B-LT] [--ocsp URL]
         [--crl URL] [--chain PEM]
                           bring a signature made offline up to B-T or B-LT
  display-copy --in SIGNED.pdf --out COPY.pdf
                           a copy for viewing with the stamps painted into the pages

Packages between agencies (edXML), without a server:
  edxml show FILE [--json] a package: sender, receivers, number, subject, files,
                           status; its XML signature checked
  edxml verify FILE        its XML signature only (exit 0 only when valid)

Rules of the domain, without a server:
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
  --profile DIR            the profile folder (default: the user&apos;s application data)
  --timeout SECONDS        network timeout (default: 30)
  --ca-file PEM            trust this CA for the server&apos;s certificate (kept by login)
  -h, --help               show this help
  -v, --version            show the version

Exit status: 0 done, 1 refused (the reason is printed), 2 wrong usage, 3 server not reachable, 4 not signed in.
</source>
        <translation>Cách dùng: lienthong-cli [--lang vi|en] [--profile THƯ_MỤC] [--timeout GIÂY] [--ca-file PEM] LỆNH [THAM_SỐ]

LienThong trên dòng lệnh: mọi việc của bản máy tính, dùng được trong script.

Làm việc với máy chủ (hồ sơ giữ văn bản để làm việc ngoại tuyến):
  login --server URL --user TÊN [--password-stdin]
                           đăng nhập; phiên làm việc được giữ trong kho khóa của hệ thống
  logout                   đăng xuất (văn bản lưu ngoại tuyến vẫn giữ lại)
  sync [--wait GIÂY] [--page-size N] [--password-stdin]
                           gửi thao tác đang chờ, nhận thay đổi và tệp lưu ngoại tuyến
  status                   máy chủ, người dùng, lần đồng bộ cuối, thao tác chờ, dung lượng
  ls [--box to-handle|incoming|outgoing|to-sign|sent] [--work] [--urgent]
     [--overdue] [--unread] [--limit N] [--offset N] [--json]
                           liệt kê văn bản, mới nhất trước (--work: văn bản đang
                           mở được giao cho bạn hoặc đơn vị của bạn)
  search VĂN_BẢN... [--json]  tìm có dấu hoặc không dấu (&quot;quyet dinh&quot;)
  show MÃ [--json]         một văn bản: thông tin, tệp, quá trình xử lý, thao tác chờ gửi
  read MÃ...               đánh dấu đã đọc (máy chủ biết khi đồng bộ)
  unread MÃ...             đánh dấu lại là chưa đọc
  pin MÃ | pin --box HỘP   lưu tệp ngoại tuyến (unpin để bỏ)
  act MÃ THAO_TÁC [--text NỘI_DUNG] [--lead ĐƠN_VỊ[:NGƯỜI]] [--cooperate ĐƠN_VỊ[:NGƯỜI]]...
      [--inform ĐƠN_VỊ]... [--deadline yyyy-MM-dd] [--to TÊN_ĐĂNG_NHẬP] [--file ĐÃ_KÝ.pdf]
                           xếp hàng một thao tác (approve, return, direct, comment, …);
                           --to: lãnh đạo hoặc người xem xét nhận văn bản; với
                           --file, bản đã ký được gửi lên trước (sign, issue);
                           pass_on (lãnh đạo đơn vị): --lead TÊN [--cooperate TÊN]...
                           chuyển phần việc của đơn vị cho người của đơn vị
  upload MÃ ĐÃ_KÝ.pdf      gửi bản đã ký của tệp văn bản (máy chủ chỉ nhận nếu nó nối
                           tiếp phiên bản hiện tại)
  draft new --type LOẠI --subject TRÍCH_YẾU --file TỆP.pdf [--appendix TỆP.pdf]...
      [--signer TÊN_ĐĂNG_NHẬP] [--unit ĐƠN_VỊ] [--recipient ĐƠN_VỊ|NGƯỜI|external:MÃ|paper:TÊN]...
      [--urgency ĐỘ_KHẨN] [--confidentiality ĐỘ_MẬT] [--deadline yyyy-MM-dd] [--register TÊN_SỔ]
                           tạo dự thảo mới (tệp .docx/.odt: LibreOffice chuyển sang PDF);
                           in ra mã của nó
  draft version MÃ --file TỆP.pdf   phiên bản mới của dự thảo (bị trả lại hoặc chưa trình)
  draft submit MÃ [--to TÊN_ĐĂNG_NHẬP]  trình dự thảo cho người xem xét
  incoming register --issuer-code MÃ|--issuer-name TÊN --notation SỐ/KH-XX
      --date yyyy-MM-dd --type LOẠI --subject TRÍCH_YẾU --file BẢN_QUÉT.pdf [--pages N]
      [--register TÊN_SỔ] [--accept-duplicate] …
                           vào sổ văn bản đến nhận bằng giấy hoặc thư điện tử;
                           in ra mã và số đến
  issue MÃ [--module ĐƯỜNG_DẪN] [--pin-stdin]
                           văn thư: số lấy từ sổ được ghi vào tệp cùng chữ ký số
                           của cơ quan, xếp hàng chờ gửi
  register show --direction in|out|post [--year NĂM] [--register TÊN_SỔ|secret]
                [--search TỪ_KHÓA] [--csv TỆP] [--xlsx TỆP] [--pdf TỆP]
                           sổ văn bản theo Phụ lục IV Nghị định 30/2020 (--register: sổ
                           riêng của một hội đồng, hoặc sổ văn bản mật; --pdf: trình
                           bày để in như phụ lục)
  settings [--pkcs11-module ĐƯỜNG_DẪN]... [--ca-certificate PEM]... [--clear-lists]
           [--offline-dir THƯ_MỤC] [--offline-limit MB] [--signer-title CHỨC_VỤ]
           [--signer-email THƯ] [--level B-B|B-T|B-LT] [--tsa URL] [--ocsp URL]
           [--phrase NỘI_DUNG]... | [--default-phrases]
                           xem hoặc đổi thiết lập của hồ sơ (như trong ứng dụng;
                           --phrase: các câu bút phê mẫu)

Ký số bằng thiết bị (PKCS#11), không cần máy chủ:
  tokens [--module ĐƯỜNG_DẪN]  liệt kê trình điều khiển, thiết bị ký số và chứng thư
  sign --in VÀO.pdf --out RA.pdf [--module ĐƯỜNG_DẪN] [--token NHÃN] [--key-id HEX]
       [--pin-stdin] [--profile leader|agency|attachment|invisible] [--page N]
       [--rect X,Y,R,C] [--field TÊN_TRƯỜNG] [--image PNG] [--reason LÝ_DO] [--chain PEM]
       [--name TÊN]
       [--title CHỨC_VỤ] [--organisation CƠ_QUAN] [--email THƯ] [--notation SỐ_KÝ_HIỆU]
       [--level B-B|B-T|B-LT] [--tsa URL] [--ocsp URL] [--crl URL] [--trust PEM]
       [--pss] [--final-pin-try]
                           ký PAdES kèm hình chữ ký; mã PIN nhập khi được hỏi,
                           qua --pin-stdin hoặc biến LIENTHONG_PIN (không được để
                           trống); khi chỉ còn một lần thử, chỉ ký sau khi trả lời
                           yes hoặc với --final-pin-try
  extend --in ĐÃ_KÝ.pdf --out RA.pdf --tsa URL [--level B-T|B-LT] [--ocsp URL]
         [--crl URL] [--chain PEM]
                           nâng chữ ký đã ký ngoại tuyến lên mức B-T hoặc B-LT
  display-copy --in ĐÃ_KÝ.pdf --out BẢN.pdf
                           bản để xem: vẽ hình chữ ký vào nội dung trang

Gói tin liên thông (edXML), không cần máy chủ:
  edxml show TỆP [--json]  một gói tin: nơi gửi, nơi nhận, số, trích yếu, tệp,
                           trạng thái; kiểm tra chữ ký XML của gói
  edxml verify TỆP         chỉ kiểm tra chữ ký XML (mã thoát 0 chỉ khi hợp lệ)

Quy tắc nghiệp vụ, không cần máy chủ:
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
  --profile THƯ_MỤC        thư mục hồ sơ (mặc định: thư mục dữ liệu ứng dụng của người dùng)
  --timeout GIÂY           thời gian chờ mạng (mặc định: 30)
  --ca-file PEM            tin cậy CA này cho chứng thư của máy chủ (được lưu khi đăng nhập)
  -h, --help               xem hướng dẫn này
  -v, --version            xem phiên bản

Mã thoát: 0 xong, 1 bị từ chối (có in lý do), 2 dùng sai cách, 3 không kết nối được máy chủ, 4 chưa đăng nhập.
</translation>
    </message>
</context>
<context>
    <name>lt::cli::Edxml</name>
    <message>
        <source>valid, signed by %1 (issued by %2)</source>
        <translation>hợp lệ, do %1 ký (chứng thư do %2 cấp)</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>chưa được ký</translation>
    </message>
    <message>
        <source>a placeholder, not a signature: %1</source>
        <translation>chỉ là chỗ giữ chữ ký, không phải chữ ký: %1</translation>
    </message>
    <message>
        <source>NOT valid: %1</source>
        <translation>KHÔNG hợp lệ: %1</translation>
    </message>
    <message>
        <source>urgent (khẩn)</source>
        <translation>khẩn</translation>
    </message>
    <message>
        <source>very urgent (thượng khẩn)</source>
        <translation>thượng khẩn</translation>
    </message>
    <message>
        <source>flash (hỏa tốc)</source>
        <translation>hỏa tốc</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>thường</translation>
    </message>
    <message>
        <source>From: %1 (%2)</source>
        <translation>Nơi gửi: %1 (%2)</translation>
    </message>
    <message>
        <source>To: %1 (%2)</source>
        <translation>Nơi nhận: %1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Mô tả: %1</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Về văn bản: %1</translation>
    </message>
    <message>
        <source>Number and notation: %1</source>
        <translation>Số, ký hiệu: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Ngày ban hành: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Loại văn bản: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Trích yếu: %1</translation>
    </message>
    <message>
        <source>Signed by: %1 %2</source>
        <translation>Người ký: %1 %2</translation>
    </message>
    <message>
        <source>Urgency: %1</source>
        <translation>Độ khẩn: %1</translation>
    </message>
    <message>
        <source>File: %1 (%2 bytes)</source>
        <translation>Tệp: %1 (%2 byte)</translation>
    </message>
    <message>
        <source>Package signature: %1</source>
        <translation>Chữ ký của gói tin: %1</translation>
    </message>
    <message>
        <source>Use &quot;edxml show FILE [--json]&quot; or &quot;edxml verify FILE&quot;.</source>
        <translation>Hãy dùng &quot;edxml show TỆP [--json]&quot; hoặc &quot;edxml verify TỆP&quot;.</translation>
    </message>
</context>
<context>
    <name>lt::desk</name>
    <message>
        <source>No document &quot;%1&quot; on this computer.</source>
        <translation>Không có văn bản “%1” trên máy này.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Chưa đăng nhập.</translation>
    </message>
    <message>
        <source>The document has no such file.</source>
        <translation>Văn bản không có tệp này.</translation>
    </message>
    <message>
        <source>The file could not be downloaded.</source>
        <translation>Không tải được tệp.</translation>
    </message>
    <message>
        <source>The document has no file to sign.</source>
        <translation>Văn bản chưa có tệp để ký.</translation>
    </message>
    <message>
        <source>The signed file cannot be read.</source>
        <translation>Không đọc được tệp đã ký.</translation>
    </message>
    <message>
        <source>%1
The signed file is kept in %2.</source>
        <translation>%1
Tệp đã ký được giữ tại %2.</translation>
    </message>
    <message>
        <source>The file is not on this computer yet.</source>
        <translation>Tệp chưa có trên máy này.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written.</source>
        <translation>Không ghi được “%1”.</translation>
    </message>
    <message>
        <source>The box is kept offline: its files are downloaded when the network is back.</source>
        <translation>Hộp được lưu ngoại tuyến: các tệp sẽ được tải về khi có mạng.</translation>
    </message>
    <message numerus="yes">
        <source>Kept offline: %n document(s), downloaded when the network is back.</source>
        <translation>
            <numerusform>Đã đánh dấu lưu ngoại tuyến %n văn bản; tệp sẽ được tải về khi có mạng.</numerusform>
        </translation>
    </message>
    <message>
        <source>The box is no longer kept offline.</source>
        <translation>Hộp không còn được lưu ngoại tuyến.</translation>
    </message>
    <message>
        <source>The box is kept offline: its files are on this computer.</source>
        <translation>Hộp được lưu ngoại tuyến: các tệp đã có trên máy này.</translation>
    </message>
    <message numerus="yes">
        <source>Kept offline: %n document(s) on this computer.</source>
        <translation>
            <numerusform>Đã lưu ngoại tuyến %n văn bản trên máy này.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not on this computer, and you are not signed in: &quot;Keep offline&quot; downloads it once you are.</source>
        <translation>Tệp chưa có trên máy này và bạn chưa đăng nhập: &quot;Lưu ngoại tuyến&quot; sẽ tải tệp khi bạn đăng nhập.</translation>
    </message>
    <message>
        <source>The file is not on this computer and the server cannot be reached: &quot;Keep offline&quot; downloads it when the network is back.</source>
        <translation>Tệp chưa có trên máy này và không kết nối được máy chủ: &quot;Lưu ngoại tuyến&quot; sẽ tải tệp khi có mạng.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>Không đọc được &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The server kept another file than the one sent.</source>
        <translation>Máy chủ lưu một tệp khác với tệp đã gửi.</translation>
    </message>
    <message>
        <source>A document needs its main file (a PDF).</source>
        <translation>Văn bản cần có tệp chính (PDF).</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Arrival number</source>
        <translation>Số đến</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Number and notation</source>
        <translation>Số, ký hiệu văn bản</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Ngày tháng văn bản</translation>
    </message>
    <message>
        <source>Type and subject</source>
        <translation>Tên loại và trích yếu nội dung</translation>
    </message>
    <message>
        <source>Unit or person receiving</source>
        <translation>Đơn vị hoặc người nhận</translation>
    </message>
    <message>
        <source>Date passed on</source>
        <translation>Ngày chuyển</translation>
    </message>
    <message>
        <source>Signature of receipt</source>
        <translation>Ký nhận</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận văn bản</translation>
    </message>
    <message>
        <source>Unit or person keeping the copy</source>
        <translation>Đơn vị, người nhận bản lưu</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số lượng bản</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Ngày chuyển</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Số lượng bì</translation>
    </message>
    <message>
        <source>Receipt and postmark</source>
        <translation>Ký nhận và dấu bưu điện</translation>
    </message>
    <message>
        <source>Issuing needs the server: the number comes from the agency&apos;s register.</source>
        <translation>Cấp số cần kết nối máy chủ: số lấy từ sổ văn bản đi của cơ quan.</translation>
    </message>
    <message>
        <source>The server gave no number.</source>
        <translation>Máy chủ không cấp số.</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (hạn %2)</translation>
    </message>
    <message>
        <source>%1, helping</source>
        <translation>%1 (phối hợp)</translation>
    </message>
    <message>
        <source>%1, to know</source>
        <translation>%1 (để biết)</translation>
    </message>
    <message>
        <source>REGISTER OF INCOMING DOCUMENTS</source>
        <translation>SỔ ĐĂNG KÝ VĂN BẢN ĐẾN</translation>
    </message>
    <message>
        <source>REGISTER OF OUTGOING DOCUMENTS</source>
        <translation>SỔ ĐĂNG KÝ VĂN BẢN ĐI</translation>
    </message>
    <message>
        <source>REGISTER OF DOCUMENTS SENT BY POST</source>
        <translation>SỔ GỬI VĂN BẢN ĐI BƯU ĐIỆN</translation>
    </message>
    <message>
        <source>Incoming %1</source>
        <translation>Sổ đến %1</translation>
    </message>
    <message>
        <source>Outgoing %1</source>
        <translation>Sổ đi %1</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>Bưu điện %1</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>From number %1 to number %2</source>
        <translation>Từ số %1 đến số %2</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: its signature no longer matches. It is not issued; return it to its signer.</source>
        <translation>Tệp đã bị thay đổi sau khi ký: chữ ký không còn khớp với nội dung. Văn bản không được phát hành; hãy trả lại người ký.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs LibreOffice to become a PDF, and it is not installed here. Install LibreOffice, or save the file as PDF (File › Save as / Export as PDF) and choose the PDF.</source>
        <translation>Cần LibreOffice để chuyển &quot;%1&quot; thành PDF, nhưng máy này chưa cài. Hãy cài LibreOffice, hoặc lưu tệp dưới dạng PDF (Tệp › Lưu thành / Xuất ra PDF) rồi chọn tệp PDF.</translation>
    </message>
    <message>
        <source>No room to convert &quot;%1&quot;.</source>
        <translation>Không đủ chỗ để chuyển đổi &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>LibreOffice took too long to make a PDF of &quot;%1&quot;.</source>
        <translation>LibreOffice chuyển &quot;%1&quot; sang PDF quá lâu.</translation>
    </message>
    <message>
        <source>LibreOffice could not be started to convert &quot;%1&quot;.</source>
        <translation>Không khởi động được LibreOffice để chuyển đổi &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>LibreOffice could not make a PDF of &quot;%1&quot;: the file may be damaged or not a document.</source>
        <translation>LibreOffice không chuyển được &quot;%1&quot; sang PDF: tệp có thể bị hỏng hoặc không phải văn bản.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PDF file, nor a document LibreOffice makes a PDF of (.docx, .doc, .odt, .rtf).</source>
        <translation>&quot;%1&quot; không phải tệp PDF, cũng không phải văn bản LibreOffice chuyển được sang PDF (.docx, .doc, .odt, .rtf).</translation>
    </message>
</context>
<context>
    <name>lt::edxml::Package</name>
    <message>
        <source>The package is not a valid edXML package: %1</source>
        <translation>Gói tin không phải gói edXML hợp lệ: %1</translation>
    </message>
    <message>
        <source>No room for the package&apos;s files.</source>
        <translation>Không còn chỗ để lưu các tệp của gói tin.</translation>
    </message>
    <message>
        <source>it declares a document type (DTD), which is not allowed.</source>
        <translation>gói tin khai báo kiểu tài liệu (DTD), điều này không được phép.</translation>
    </message>
    <message>
        <source>it uses an entity that is not defined.</source>
        <translation>gói tin dùng một thực thể không được định nghĩa.</translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; is not valid base64.</source>
        <translation>tệp &quot;%1&quot; không phải base64 hợp lệ.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is larger than allowed.</source>
        <translation>Tệp &quot;%1&quot; lớn hơn mức cho phép.</translation>
    </message>
    <message>
        <source>a field is longer than a megabyte.</source>
        <translation>một trường dài hơn một megabyte.</translation>
    </message>
    <message>
        <source>the XML is broken (line %1).</source>
        <translation>XML bị hỏng (dòng %1).</translation>
    </message>
    <message>
        <source>it has no edXML root.</source>
        <translation>gói tin không có phần tử gốc edXML.</translation>
    </message>
    <message>
        <source>it does not say who sent it (From/OrganId).</source>
        <translation>gói tin không ghi nơi gửi (From/OrganId).</translation>
    </message>
    <message>
        <source>it names no receiver (To).</source>
        <translation>gói tin không ghi nơi nhận (To).</translation>
    </message>
    <message>
        <source>an organisation code is longer than 35 characters.</source>
        <translation>một mã định danh cơ quan dài hơn 35 ký tự.</translation>
    </message>
    <message>
        <source>a receiver&apos;s organisation code is missing or longer than 35 characters.</source>
        <translation>mã định danh của một nơi nhận bị thiếu hoặc dài hơn 35 ký tự.</translation>
    </message>
    <message>
        <source>the manifest names &quot;%1&quot; twice.</source>
        <translation>danh mục tệp ghi &quot;%1&quot; hai lần.</translation>
    </message>
    <message>
        <source>the manifest names &quot;%1&quot;, which the package does not carry.</source>
        <translation>danh mục tệp ghi &quot;%1&quot; nhưng gói tin không có tệp này.</translation>
    </message>
    <message>
        <source>its root element is &lt;%1&gt;, not &lt;edXML&gt;.</source>
        <translation>phần tử gốc là &lt;%1&gt;, không phải &lt;edXML&gt;.</translation>
    </message>
    <message>
        <source>its elements are nested too deeply.</source>
        <translation>các phần tử lồng nhau quá sâu.</translation>
    </message>
    <message>
        <source>it carries more than %1 files.</source>
        <translation>gói tin có nhiều hơn %1 tệp.</translation>
    </message>
    <message>
        <source>a file carries its content twice.</source>
        <translation>một tệp có nội dung hai lần.</translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; has no content.</source>
        <translation>tệp &quot;%1&quot; không có nội dung.</translation>
    </message>
    <message>
        <source>a file has no ContentId.</source>
        <translation>một tệp không có ContentId.</translation>
    </message>
    <message>
        <source>two files have the ContentId &quot;%1&quot;.</source>
        <translation>hai tệp cùng có ContentId &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be created.</source>
        <translation>Không tạo được &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already.</source>
        <translation>&quot;%1&quot; đã có.</translation>
    </message>
    <message>
        <source>The package&apos;s files are larger together than allowed.</source>
        <translation>Tổng dung lượng các tệp của gói tin lớn hơn mức cho phép.</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; cannot be read.</source>
        <translation>không đọc được ngày &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (%2).</source>
        <translation>&quot;%1&quot; không phải là số (%2).</translation>
    </message>
    <message>
        <source>the business type %1 is not known.</source>
        <translation>không rõ loại nghiệp vụ %1.</translation>
    </message>
    <message>
        <source>the priority %1 is not known.</source>
        <translation>không rõ độ khẩn %1.</translation>
    </message>
    <message>
        <source>the status code &quot;%1&quot; is not known.</source>
        <translation>không rõ mã trạng thái &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>Không đọc được &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written.</source>
        <translation>Không ghi được &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The package is not well-formed XML.</source>
        <translation>Gói tin không phải XML đúng cú pháp.</translation>
    </message>
    <message>
        <source>The package cannot be signed.</source>
        <translation>Không ký được gói tin.</translation>
    </message>
    <message>
        <source>The XML-signature library cannot start.</source>
        <translation>Không khởi động được thư viện chữ ký XML.</translation>
    </message>
    <message>
        <source>The package carries something shaped like a signature outside the XML-signature namespace: it cannot be verified.</source>
        <translation>Gói tin có phần giống chữ ký nhưng nằm ngoài không gian tên chữ ký XML: không thể kiểm tra.</translation>
    </message>
    <message>
        <source>The package is not signed.</source>
        <translation>Gói tin chưa được ký số.</translation>
    </message>
    <message>
        <source>The signature carries no readable certificate (a placeholder or a truncated one).</source>
        <translation>Chữ ký không kèm chứng thư số đọc được (chứng thư giả lập hoặc bị cắt cụt).</translation>
    </message>
    <message>
        <source>The signature does not cover the whole package.</source>
        <translation>Chữ ký không bao trùm toàn bộ gói tin.</translation>
    </message>
    <message>
        <source>The package was changed after it was signed, or its signature does not match its certificate.</source>
        <translation>Gói tin đã bị thay đổi sau khi ký, hoặc chữ ký không khớp với chứng thư số.</translation>
    </message>
    <message>
        <source>The signing certificate cannot be read.</source>
        <translation>Không đọc được chứng thư số dùng để ký.</translation>
    </message>
    <message>
        <source>it has no edXMLHeader.</source>
        <translation>gói tin không có edXMLHeader.</translation>
    </message>
    <message>
        <source>The token&apos;s signature cannot be read.</source>
        <translation>Không đọc được chữ ký do thiết bị ký số trả về.</translation>
    </message>
    <message>
        <source>A zipped attachment is damaged or not a zip archive.</source>
        <translation>Một tệp đính kèm nén bị hỏng hoặc không phải tệp zip.</translation>
    </message>
    <message>
        <source>A received file cannot be read.</source>
        <translation>Không đọc được một tệp nhận được.</translation>
    </message>
    <message>
        <source>A zipped attachment unpacks to more than is allowed (a zip bomb?).</source>
        <translation>Một tệp đính kèm nén giải nén ra lớn hơn mức cho phép (có thể là bom zip).</translation>
    </message>
    <message>
        <source>A received file cannot be saved.</source>
        <translation>Không lưu được một tệp nhận được.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to zip.</source>
        <translation>&quot;%1&quot; quá lớn để nén.</translation>
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
    <name>lt::json</name>
    <message>
        <source>The server sent an invalid value for &quot;%1&quot;.</source>
        <translation>Máy chủ gửi giá trị không hợp lệ cho trường “%1”.</translation>
    </message>
</context>
<context>
    <name>lt::net::ApiClient</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Máy chủ không trả lời kịp thời.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Không xác minh được chứng thư của máy chủ.</translation>
    </message>
    <message>
        <source>The server sent an answer that is not valid JSON.</source>
        <translation>Máy chủ trả lời không đúng định dạng JSON.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>Không ghi được “%1”.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>Máy chủ báo lỗi.</translation>
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
    <name>lt::pdf::Cms</name>
    <message>
        <source>The signature could not be built (%1).</source>
        <translation>Không tạo được chữ ký (%1).</translation>
    </message>
    <message>
        <source>The certificate cannot be read.</source>
        <translation>Không đọc được chứng thư số.</translation>
    </message>
</context>
<context>
    <name>lt::pdf::DisplayCopy</name>
    <message>
        <source>Cannot write the display copy.</source>
        <translation>Không ghi được bản hiển thị.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>Không đọc được “%1”.</translation>
    </message>
    <message>
        <source>The PDF cannot be prepared for display: it is damaged or built in a way this program cannot read.</source>
        <translation>Không chuẩn bị được tệp PDF để hiển thị: tệp bị hỏng hoặc có cấu trúc mà chương trình không đọc được.</translation>
    </message>
</context>
<context>
    <name>lt::pdf::Register</name>
    <message>
        <source>The register has no columns.</source>
        <translation>Sổ không có cột nào.</translation>
    </message>
    <message>
        <source>No font to print the register with.</source>
        <translation>Không có phông chữ để in sổ.</translation>
    </message>
    <message>
        <source>The register could not be printed to PDF.</source>
        <translation>Không in được sổ ra PDF.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written.</source>
        <translation>Không ghi được &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>lt::pdf::Signer</name>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>Không đọc được “%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PDF file.</source>
        <translation>“%1” không phải tệp PDF.</translation>
    </message>
    <message>
        <source>Cannot write in &quot;%1&quot;.</source>
        <translation>Không ghi được vào “%1”.</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>Tệp PDF không có trang nào.</translation>
    </message>
    <message>
        <source>The PDF has %1 page(s); there is no page %2.</source>
        <translation>Tệp PDF có %1 trang; không có trang %2.</translation>
    </message>
    <message>
        <source>The signature could not be placed in the PDF.</source>
        <translation>Không đặt được chữ ký vào tệp PDF.</translation>
    </message>
    <message>
        <source>The signature (%1 bytes) does not fit the room reserved for it.</source>
        <translation>Chữ ký (%1 byte) vượt quá chỗ dành cho nó.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; it cannot be signed.</source>
        <translation>Tệp PDF được bảo vệ bằng mật khẩu; không thể ký.</translation>
    </message>
    <message>
        <source>The signed file cannot be read back.</source>
        <translation>Không đọc lại được tệp đã ký.</translation>
    </message>
    <message>
        <source>Signing would have changed the original bytes; nothing was written.</source>
        <translation>Việc ký sẽ làm thay đổi nội dung gốc; không có gì được ghi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written.</source>
        <translation>Không ghi được “%1”.</translation>
    </message>
    <message>
        <source>A document timestamp needs a timestamp authority.</source>
        <translation>Dấu thời gian cho văn bản cần máy chủ cấp dấu thời gian.</translation>
    </message>
    <message>
        <source>The PDF has no signature field named &quot;%1&quot;.</source>
        <translation>Tệp PDF không có trường chữ ký tên “%1”.</translation>
    </message>
    <message>
        <source>The signature field &quot;%1&quot; is already signed.</source>
        <translation>Trường chữ ký “%1” đã được ký.</translation>
    </message>
    <message>
        <source>The signature field &quot;%1&quot; has its widget apart from the field; such fields are not supported yet.</source>
        <translation>Trường chữ ký “%1” có phần hiển thị tách khỏi trường; loại trường này chưa được hỗ trợ.</translation>
    </message>
    <message>
        <source>The signature image &quot;%1&quot; cannot be read: give a PNG file.</source>
        <translation>Không đọc được ảnh chữ ký “%1”: hãy dùng tệp PNG.</translation>
    </message>
    <message>
        <source>The PDF is encrypted by its author (changes are restricted); it cannot be signed without breaking that protection. Ask the sender for a copy that is not encrypted.</source>
        <translation>Tệp PDF đã được người tạo mã hóa (hạn chế chỉnh sửa) nên không thể ký mà không phá vỡ lớp bảo vệ đó. Hãy đề nghị nơi gửi cung cấp bản không mã hóa.</translation>
    </message>
    <message>
        <source>The disk of &quot;%1&quot; is full: free some space and sign again (nothing was changed).</source>
        <translation>Ổ đĩa chứa &quot;%1&quot; đã đầy: hãy giải phóng dung lượng rồi ký lại (chưa có gì bị thay đổi).</translation>
    </message>
    <message>
        <source>The signed file cannot be written in &quot;%1&quot; (nothing was changed).</source>
        <translation>Không ghi được tệp đã ký vào &quot;%1&quot; (chưa có gì bị thay đổi).</translation>
    </message>
    <message>
        <source>The PDF is damaged or built in a way this program cannot sign; nothing was written. Opening it and saving it again (or printing it to PDF) usually gives a file that can be signed.</source>
        <translation>Tệp PDF bị hỏng hoặc có cấu trúc mà chương trình không ký được; chưa ghi gì. Mở tệp và lưu lại (hoặc in ra PDF) thường cho một tệp ký được.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder: give the name of the signed file.</source>
        <translation>&quot;%1&quot; là một thư mục: hãy cho tên của tệp đã ký.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only; it was not replaced. Choose another name or allow writing to it.</source>
        <translation>&quot;%1&quot; là tệp chỉ đọc nên không bị thay thế. Hãy chọn tên khác hoặc cho phép ghi vào tệp.</translation>
    </message>
    <message>
        <source>The PDF cannot be read; the stamp cannot be placed.</source>
        <translation>Không đọc được tệp PDF nên không đặt được dấu chữ ký.</translation>
    </message>
    <message>
        <source>The stamp cannot be drawn.</source>
        <translation>Không vẽ được dấu chữ ký.</translation>
    </message>
    <message>
        <source>The &quot;Số:&quot; line was not found on page 1, so the number cannot be written into the document. Give its place (for a scanned page), or issue a document whose text can be read.</source>
        <translation>Không tìm thấy dòng &quot;Số:&quot; ở trang 1 nên không ghi được số vào văn bản. Hãy chỉ vị trí (với trang quét), hoặc phát hành văn bản có lớp chữ đọc được.</translation>
    </message>
    <message>
        <source>The line &quot;…, ngày … tháng … năm …&quot; was not found on page 1, so the date cannot be written into the document. Give its place (for a scanned page), or issue a document whose text can be read.</source>
        <translation>Không tìm thấy dòng &quot;…, ngày … tháng … năm …&quot; ở trang 1 nên không ghi được ngày vào văn bản. Hãy chỉ vị trí (với trang quét), hoặc phát hành văn bản có lớp chữ đọc được.</translation>
    </message>
</context>
<context>
    <name>lt::pdf::Timestamp</name>
    <message>
        <source>The timestamp authority&apos;s answer is not usable: %1</source>
        <translation>Không dùng được câu trả lời của máy chủ cấp dấu thời gian: %1</translation>
    </message>
    <message>
        <source>not a time-stamp response</source>
        <translation>không phải phản hồi dấu thời gian</translation>
    </message>
    <message>
        <source>refused (status %1)</source>
        <translation>bị từ chối (trạng thái %1)</translation>
    </message>
    <message>
        <source>it stamps something else</source>
        <translation>dấu thời gian cấp cho dữ liệu khác</translation>
    </message>
</context>
<context>
    <name>lt::pki::Module</name>
    <message>
        <source>The token reported an error (%1, 0x%2) while %3.</source>
        <translation>Thiết bị ký số báo lỗi (%1, 0x%2) khi %3.</translation>
    </message>
    <message>
        <source>The certificate cannot be read.</source>
        <translation>Không đọc được chứng thư số.</translation>
    </message>
    <message>
        <source>The token driver &quot;%1&quot; does not exist.</source>
        <translation>Không có trình điều khiển thiết bị ký số “%1”.</translation>
    </message>
    <message>
        <source>The token driver &quot;%1&quot; cannot be loaded: %2</source>
        <translation>Không nạp được trình điều khiển thiết bị ký số “%1”: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PKCS#11 token driver.</source>
        <translation>“%1” không phải trình điều khiển PKCS#11.</translation>
    </message>
    <message>
        <source>The token has no private key for this certificate.</source>
        <translation>Thiết bị không có khóa bí mật ứng với chứng thư này.</translation>
    </message>
</context>
<context>
    <name>lt::pki::Revocation</name>
    <message>
        <source>The OCSP answer is not usable: %1</source>
        <translation>Không dùng được câu trả lời OCSP: %1</translation>
    </message>
    <message>
        <source>The certificate or its issuer cannot be read.</source>
        <translation>Không đọc được chứng thư hoặc chứng thư của nơi cấp.</translation>
    </message>
    <message>
        <source>not an OCSP response</source>
        <translation>không phải câu trả lời OCSP</translation>
    </message>
    <message>
        <source>the responder refused (%1)</source>
        <translation>máy chủ OCSP từ chối (%1)</translation>
    </message>
    <message>
        <source>no basic response</source>
        <translation>không có câu trả lời cơ bản</translation>
    </message>
    <message>
        <source>its signature does not verify</source>
        <translation>chữ ký của câu trả lời không hợp lệ</translation>
    </message>
    <message>
        <source>it is about another certificate</source>
        <translation>câu trả lời nói về chứng thư khác</translation>
    </message>
    <message>
        <source>it is out of date</source>
        <translation>câu trả lời đã quá hạn</translation>
    </message>
    <message>
        <source>it answers another request</source>
        <translation>câu trả lời dành cho yêu cầu khác</translation>
    </message>
    <message>
        <source>The revocation list is not usable: %1</source>
        <translation>Không dùng được danh sách thu hồi: %1</translation>
    </message>
    <message>
        <source>not a revocation list</source>
        <translation>không phải danh sách thu hồi</translation>
    </message>
    <message>
        <source>it is about another issuer</source>
        <translation>danh sách của nơi cấp khác</translation>
    </message>
</context>
<context>
    <name>lt::protocol</name>
    <message>
        <source>The action needs an id, a document and a known action.</source>
        <translation>Thao tác cần có mã, văn bản và tên thao tác hợp lệ.</translation>
    </message>
    <message>
        <source>The words of the action are not text.</source>
        <translation>Nội dung của thao tác không phải là văn bản.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Nội dung quá dài.</translation>
    </message>
    <message>
        <source>The assignments are not a list.</source>
        <translation>Phần giao việc không phải là một danh sách.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to an action says neither applied nor rejected.</source>
        <translation>Câu trả lời của máy chủ cho thao tác không cho biết đã thực hiện hay bị từ chối.</translation>
    </message>
    <message>
        <source>The server sent a page without changes.</source>
        <translation>Máy chủ gửi trang dữ liệu không có danh sách thay đổi.</translation>
    </message>
    <message>
        <source>The server sent a removal without a document.</source>
        <translation>Máy chủ gửi lệnh xóa mà không nêu văn bản.</translation>
    </message>
    <message>
        <source>The server sent an invalid cursor.</source>
        <translation>Máy chủ gửi con trỏ đồng bộ không hợp lệ.</translation>
    </message>
    <message>
        <source>The server named nobody as the person signed in.</source>
        <translation>Máy chủ không cho biết ai đang đăng nhập.</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in answer has no tokens.</source>
        <translation>Máy chủ trả lời đăng nhập nhưng không có mã phiên.</translation>
    </message>
    <message>
        <source>The server sent no list of organisations.</source>
        <translation>Máy chủ không gửi danh sách cơ quan, đơn vị.</translation>
    </message>
    <message>
        <source>The server sent an organisation without a name.</source>
        <translation>Máy chủ gửi một cơ quan, đơn vị không có tên.</translation>
    </message>
    <message>
        <source>The time of the action is not an ISO 8601 time.</source>
        <translation>Thời điểm của thao tác không theo định dạng ISO 8601.</translation>
    </message>
    <message>
        <source>&quot;to&quot; must name one person.</source>
        <translation>&quot;to&quot; phải chỉ một người.</translation>
    </message>
    <message>
        <source>The new document needs an id.</source>
        <translation>Văn bản mới cần có mã.</translation>
    </message>
    <message>
        <source>The new document is neither incoming nor outgoing.</source>
        <translation>Văn bản mới không phải văn bản đến cũng không phải văn bản đi.</translation>
    </message>
    <message>
        <source>The type of document is not known.</source>
        <translation>Không rõ loại văn bản.</translation>
    </message>
    <message>
        <source>The document needs its subject (trích yếu).</source>
        <translation>Văn bản cần có trích yếu.</translation>
    </message>
    <message>
        <source>The urgency or confidentiality is out of range.</source>
        <translation>Độ khẩn hoặc độ mật không hợp lệ.</translation>
    </message>
    <message>
        <source>A date is not a date (yyyy-MM-dd).</source>
        <translation>Có ngày không hợp lệ (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>A file of the new document is not named properly.</source>
        <translation>Một tệp của văn bản mới có tên không hợp lệ.</translation>
    </message>
    <message>
        <source>The new document needs exactly one main file.</source>
        <translation>Văn bản mới cần đúng một tệp chính.</translation>
    </message>
    <message>
        <source>A field of the new document is not text or too long.</source>
        <translation>Một trường của văn bản mới không phải chữ hoặc quá dài.</translation>
    </message>
    <message>
        <source>Too many recipients.</source>
        <translation>Quá nhiều nơi nhận.</translation>
    </message>
    <message>
        <source>The number of pages is out of range.</source>
        <translation>Số trang không hợp lệ.</translation>
    </message>
    <message>
        <source>The server&apos;s answer says neither created nor duplicate.</source>
        <translation>Trả lời của máy chủ không cho biết đã tạo hay bị trùng.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a register.</source>
        <translation>&quot;%1&quot; không dùng được làm tên sổ.</translation>
    </message>
</context>
<context>
    <name>lt::recipients</name>
    <message>
        <source>not sent yet</source>
        <translation>chưa gửi</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <source>received</source>
        <translation>đã nhận</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>đã vào sổ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đã xử lý xong</translation>
    </message>
</context>
<context>
    <name>lt::server::AxisClient</name>
    <message>
        <source>The interconnection axis did not answer in time.</source>
        <translation>Trục liên thông không trả lời kịp thời.</translation>
    </message>
    <message>
        <source>The interconnection axis cannot be reached.</source>
        <translation>Không kết nối được trục liên thông.</translation>
    </message>
    <message>
        <source>The interconnection axis refused the request (%1).</source>
        <translation>Trục liên thông từ chối yêu cầu (%1).</translation>
    </message>
    <message>
        <source>The interconnection axis refused the request: %1</source>
        <translation>Trục liên thông từ chối yêu cầu: %1</translation>
    </message>
    <message>
        <source>The interconnection axis does not accept this system&apos;s id or secret.</source>
        <translation>Trục liên thông không chấp nhận mã hệ thống hoặc mật khẩu kết nối của hệ thống này.</translation>
    </message>
    <message>
        <source>The package &quot;%1&quot; cannot be read.</source>
        <translation>Không đọc được gói tin &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The interconnection axis gave the package no id.</source>
        <translation>Trục liên thông không cấp mã cho gói tin.</translation>
    </message>
    <message>
        <source>The interconnection axis sent no package.</source>
        <translation>Trục liên thông không gửi gói tin nào.</translation>
    </message>
    <message>
        <source>The package&apos;s download was interrupted.</source>
        <translation>Việc tải gói tin bị gián đoạn.</translation>
    </message>
    <message>
        <source>The package that arrived does not match its SHA-256.</source>
        <translation>Gói tin nhận được không khớp với mã băm SHA-256 của nó.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>Không ghi được &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>lt::server::Db</name>
    <message>
        <source>The server could not read or write its database.</source>
        <translation>Máy chủ không đọc hoặc ghi được cơ sở dữ liệu của mình.</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>Chưa cài trình điều khiển Qt SQL cho %1.</translation>
    </message>
    <message>
        <source>The server&apos;s database is not set up.</source>
        <translation>Cơ sở dữ liệu của máy chủ chưa được khởi tạo.</translation>
    </message>
</context>
<context>
    <name>lt::server::Hub</name>
    <message>
        <source>The axis could not store or read the message.</source>
        <translation>Trục liên thông không lưu hoặc đọc được gói tin.</translation>
    </message>
    <message>
        <source>The directory file &quot;%1&quot; cannot be read.</source>
        <translation>Không đọc được tệp danh bạ cơ quan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Line %1 of the directory file: %2</source>
        <translation>Dòng %1 của tệp danh bạ cơ quan: %2</translation>
    </message>
    <message>
        <source>expected code;name;mail;system.</source>
        <translation>cần có dạng mã;tên;thư điện tử;hệ thống.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organisation code (at most 35 characters, no spaces).</source>
        <translation>&quot;%1&quot; không phải mã định danh cơ quan (tối đa 35 ký tự, không có dấu cách).</translation>
    </message>
    <message>
        <source>the agency has no name.</source>
        <translation>cơ quan không có tên.</translation>
    </message>
    <message>
        <source>the code %1 is listed twice.</source>
        <translation>mã %1 xuất hiện hai lần.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a system id (at most 35 characters, no spaces).</source>
        <translation>&quot;%1&quot; không phải mã hệ thống (tối đa 35 ký tự, không có dấu cách).</translation>
    </message>
    <message>
        <source>A system&apos;s secret needs at least 16 characters.</source>
        <translation>Mật khẩu kết nối của hệ thống cần ít nhất 16 ký tự.</translation>
    </message>
    <message>
        <source>The hub serves plain HTTP on a loopback address only; put a TLS proxy (nginx) in front of it for %1.</source>
        <translation>Trục chỉ phục vụ HTTP không mã hóa trên địa chỉ loopback; hãy đặt một proxy TLS (nginx) phía trước cho %1.</translation>
    </message>
    <message>
        <source>The data directory &quot;%1&quot; cannot be created.</source>
        <translation>Không tạo được thư mục dữ liệu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>Không lắng nghe được trên %1:%2.</translation>
    </message>
    <message>
        <source>The system id or its secret is wrong.</source>
        <translation>Mã hệ thống hoặc mật khẩu kết nối không đúng.</translation>
    </message>
    <message>
        <source>The package is larger than %1 MB.</source>
        <translation>Gói tin lớn hơn %1 MB.</translation>
    </message>
    <message>
        <source>The package is empty.</source>
        <translation>Gói tin rỗng.</translation>
    </message>
    <message>
        <source>The message type must be edoc or status.</source>
        <translation>Loại thông điệp phải là edoc hoặc status.</translation>
    </message>
    <message>
        <source>The sender&apos;s code is missing or malformed.</source>
        <translation>Mã cơ quan gửi bị thiếu hoặc sai định dạng.</translation>
    </message>
    <message>
        <source>The package has no receiver.</source>
        <translation>Gói tin không có nơi nhận.</translation>
    </message>
    <message>
        <source>The package&apos;s SHA-256 does not match its bytes.</source>
        <translation>Mã băm SHA-256 của gói tin không khớp với nội dung.</translation>
    </message>
    <message>
        <source>The system %1 cannot send for %2.</source>
        <translation>Hệ thống %1 không được gửi thay cho %2.</translation>
    </message>
    <message>
        <source>No connected system receives for %1.</source>
        <translation>Không có hệ thống kết nối nào nhận cho %1.</translation>
    </message>
    <message>
        <source>No package %1 for this system.</source>
        <translation>Không có gói tin %1 cho hệ thống này.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>Yêu cầu quá lớn.</translation>
    </message>
    <message>
        <source>Give a docId and a status: done, fail or processing.</source>
        <translation>Hãy cho biết docId và trạng thái: done, fail hoặc processing.</translation>
    </message>
    <message>
        <source>The delivery is already %1.</source>
        <translation>Lượt chuyển gói tin đã ở trạng thái %1.</translation>
    </message>
    <message>
        <source>No delivery of %1 to this system.</source>
        <translation>Không có lượt chuyển gói tin %1 cho hệ thống này.</translation>
    </message>
    <message>
        <source>The axis has no such operation.</source>
        <translation>Trục liên thông không có thao tác này.</translation>
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
    <message>
        <source>The request is too large.</source>
        <translation>Yêu cầu quá lớn.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>Yêu cầu không phải là đối tượng JSON.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Hãy đăng nhập trước.</translation>
    </message>
    <message>
        <source>Give a login and password, a refresh token or a code.</source>
        <translation>Cần tên đăng nhập và mật khẩu, mã làm mới phiên hoặc mã đăng nhập một lần.</translation>
    </message>
    <message>
        <source>cursor and limit must be numbers.</source>
        <translation>cursor và limit phải là số.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>Không có tệp này.</translation>
    </message>
    <message>
        <source>The TLS certificate and key cannot be read.</source>
        <translation>Không đọc được chứng thư và khóa TLS.</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not valid PEM.</source>
        <translation>Chứng thư hoặc khóa TLS không đúng định dạng PEM.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>Tệp quá lớn.</translation>
    </message>
    <message>
        <source>&quot;documents&quot; must be a list of document ids (text), at most 1000.</source>
        <translation>&quot;documents&quot; phải là danh sách mã văn bản (dạng chuỗi), tối đa 1000 mã.</translation>
    </message>
    <message>
        <source>A version needs the sha256 of a file sent before, and a plain file name.</source>
        <translation>Phiên bản cần mã sha256 của một tệp đã gửi trước và một tên tệp đơn giản.</translation>
    </message>
</context>
<context>
    <name>lt::server::Service</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>No such document.</source>
        <translation>Không có văn bản này.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked until %1.</source>
        <translation>Nhập sai mật khẩu quá nhiều lần: tài khoản bị khóa đến %1.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: the account is locked for %n minute(s).</source>
        <translation>
            <numerusform>Nhập sai mật khẩu quá nhiều lần: tài khoản bị khóa trong %n phút.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>Phiên làm việc đã kết thúc.</translation>
    </message>
    <message>
        <source>The session has expired.</source>
        <translation>Phiên làm việc đã hết hạn.</translation>
    </message>
    <message>
        <source>The sign-in code is not valid any more; sign in again.</source>
        <translation>Mã đăng nhập không còn hiệu lực; hãy đăng nhập lại.</translation>
    </message>
    <message>
        <source>This action id was already used by someone else.</source>
        <translation>Mã thao tác này đã được người khác sử dụng.</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; does not exist.</source>
        <translation>Không có đơn vị “%1”.</translation>
    </message>
    <message>
        <source>Only the signer or the clerk may send a signed version.</source>
        <translation>Chỉ người ký hoặc văn thư được gửi bản đã ký.</translation>
    </message>
    <message>
        <source>The document has no main file.</source>
        <translation>Văn bản không có tệp chính.</translation>
    </message>
    <message>
        <source>The file is not an incremental update of the current version: signed content may not be rewritten.</source>
        <translation>Tệp không phải là bản cập nhật nối tiếp của phiên bản hiện tại: nội dung đã ký không được ghi đè.</translation>
    </message>
    <message>
        <source>The server could not store the file.</source>
        <translation>Máy chủ không lưu được tệp.</translation>
    </message>
    <message>
        <source>The current version of the file is missing on the server.</source>
        <translation>Trên máy chủ không còn phiên bản hiện tại của tệp.</translation>
    </message>
    <message>
        <source>No such organisation.</source>
        <translation>Không có cơ quan, đơn vị này.</translation>
    </message>
    <message>
        <source>The organisation tree has a loop.</source>
        <translation>Cây tổ chức bị vòng lặp.</translation>
    </message>
    <message>
        <source>There is nobody called &quot;%1&quot; in this agency.</source>
        <translation>Cơ quan không có ai là &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The file is not a PDF: drafts and scans are sent as PDF files.</source>
        <translation>Tệp không phải PDF: dự thảo và bản quét phải gửi dưới dạng tệp PDF.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; has not been sent.</source>
        <translation>Tệp &quot;%1&quot; chưa được gửi lên.</translation>
    </message>
    <message>
        <source>Drafts are made by specialists and heads of units.</source>
        <translation>Dự thảo do chuyên viên và lãnh đạo đơn vị soạn.</translation>
    </message>
    <message>
        <source>%1 is not a leader who signs documents.</source>
        <translation>%1 không phải lãnh đạo ký văn bản.</translation>
    </message>
    <message>
        <source>The recipient &quot;%1&quot; is not known.</source>
        <translation>Không rõ nơi nhận &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A paper copy needs the name of its recipient.</source>
        <translation>Bản giấy cần tên nơi nhận.</translation>
    </message>
    <message>
        <source>Only the clerk registers incoming documents.</source>
        <translation>Chỉ văn thư vào sổ văn bản đến.</translation>
    </message>
    <message>
        <source>The date of the document is missing.</source>
        <translation>Thiếu ngày của văn bản.</translation>
    </message>
    <message>
        <source>Name the agency that issued the document.</source>
        <translation>Hãy ghi cơ quan ban hành văn bản.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organisation code.</source>
        <translation>&quot;%1&quot; không phải mã định danh cơ quan.</translation>
    </message>
    <message>
        <source>Only the drafter gives a new version, while the document is a draft or returned.</source>
        <translation>Chỉ người soạn thảo cập nhật phiên bản mới, khi văn bản còn là dự thảo hoặc bị trả lại.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 received</source>
        <translation>%1/%2 nơi đã nhận</translation>
    </message>
    <message>
        <source>The registers are kept by the clerk; leaders may read them.</source>
        <translation>Sổ văn bản do văn thư quản lý; lãnh đạo được xem.</translation>
    </message>
    <message>
        <source>A register is &quot;in&quot;, &quot;out&quot; or &quot;post&quot;.</source>
        <translation>Sổ là &quot;in&quot; (đến), &quot;out&quot; (đi) hoặc &quot;post&quot; (bưu điện).</translation>
    </message>
    <message>
        <source>The year is out of range.</source>
        <translation>Năm không hợp lệ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot take this document: choose a leader (for a review, a head of unit) of this agency.</source>
        <translation>&quot;%1&quot; không nhận được văn bản này: hãy chọn lãnh đạo (khi xem xét dự thảo: lãnh đạo đơn vị) của cơ quan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member of that unit.</source>
        <translation>&quot;%1&quot; không thuộc đơn vị đó.</translation>
    </message>
    <message>
        <source>A signature in the file does not match its content: the signed version was not taken.</source>
        <translation>Có chữ ký trong tệp không khớp với nội dung: bản đã ký không được nhận.</translation>
    </message>
    <message>
        <source>Number voided on %1 by %2: %3</source>
        <translation>Đã hủy số ngày %1, người hủy %2: %3</translation>
    </message>
</context>
<context>
    <name>lt::signing::Signer</name>
    <message>
        <source>The certificate is not valid yet (from %1).</source>
        <translation>Chứng thư số chưa có hiệu lực (từ %1).</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>Chứng thư số đã hết hạn ngày %1.</translation>
    </message>
    <message>
        <source>The certificate expires on %1: ask your CA to renew it.</source>
        <translation>Chứng thư số hết hạn ngày %1: hãy đề nghị nhà cung cấp gia hạn.</translation>
    </message>
    <message>
        <source>The certificate&apos;s key usage does not allow signing documents.</source>
        <translation>Mục đích sử dụng khóa của chứng thư số không cho phép ký văn bản.</translation>
    </message>
    <message>
        <source>No trust anchor is configured: whether the certificate chains to a recognised CA was not checked.</source>
        <translation>Chưa cấu hình chứng thư gốc tin cậy: chưa kiểm tra được chứng thư số có thuộc một CA được công nhận hay không.</translation>
    </message>
    <message>
        <source>The certificate could not be checked.</source>
        <translation>Không kiểm tra được chứng thư số.</translation>
    </message>
    <message>
        <source>The certificate does not chain to a trusted CA (%1).</source>
        <translation>Chứng thư số không thuộc một CA tin cậy (%1).</translation>
    </message>
    <message>
        <source>No certificate could be read from &quot;%1&quot;.</source>
        <translation>Không đọc được chứng thư nào từ “%1”.</translation>
    </message>
    <message>
        <source>RSA-PSS needs an RSA key; this certificate&apos;s key is not one.</source>
        <translation>RSA-PSS cần khóa RSA; khóa của chứng thư này không phải RSA.</translation>
    </message>
    <message>
        <source>Level B-T needs a timestamp authority.</source>
        <translation>Mức B-T cần máy chủ cấp dấu thời gian.</translation>
    </message>
    <message>
        <source>The issuer of the certificate is not known: add the CA&apos;s certificates (--chain, or the settings).</source>
        <translation>Không biết nơi cấp chứng thư: hãy thêm chứng thư của CA (--chain, hoặc trong thiết lập).</translation>
    </message>
    <message>
        <source>The OCSP responder %1 did not answer (%2).</source>
        <translation>Máy chủ OCSP %1 không trả lời (%2).</translation>
    </message>
    <message>
        <source>The certificate was revoked on %1: it must not sign.</source>
        <translation>Chứng thư số đã bị thu hồi lúc %1: không được dùng để ký.</translation>
    </message>
    <message>
        <source>The OCSP responder does not know the certificate.</source>
        <translation>Máy chủ OCSP không biết chứng thư này.</translation>
    </message>
    <message>
        <source>Extend to B-T or B-LT; B-B is where a signature starts.</source>
        <translation>Hãy nâng lên B-T hoặc B-LT; B-B là mức ban đầu của chữ ký.</translation>
    </message>
    <message>
        <source>The PDF holds no signature to extend.</source>
        <translation>Tệp PDF không có chữ ký nào để nâng mức.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 did not answer (%2).</source>
        <translation>Máy chủ cấp dấu thời gian %1 không trả lời (%2).</translation>
    </message>
    <message>
        <source>The certificate names no OCSP responder or revocation list; give one (--ocsp URL or --crl URL).</source>
        <translation>Chứng thư không ghi máy chủ OCSP hay danh sách thu hồi; hãy chỉ định (--ocsp URL hoặc --crl URL).</translation>
    </message>
    <message>
        <source>The revocation list %1 could not be fetched (%2).</source>
        <translation>Không tải được danh sách thu hồi %1 (%2).</translation>
    </message>
    <message>
        <source>The signature was cancelled.</source>
        <translation>Đã hủy việc ký.</translation>
    </message>
    <message>
        <source>No PIN was given; the token was not asked (no try used).</source>
        <translation>Chưa nhập mã PIN; chưa gửi tới thiết bị ký số (không mất lần thử nào).</translation>
    </message>
    <message>
        <source>One PIN try is left on this token: a wrong PIN locks it. Confirm that you want to use it (in the command line: --final-pin-try).</source>
        <translation>Thiết bị ký số chỉ còn một lần thử mã PIN: nhập sai sẽ bị khóa. Hãy xác nhận muốn dùng lần thử này (trên dòng lệnh: --final-pin-try).</translation>
    </message>
</context>
<context>
    <name>lt::signing::TokenService</name>
    <message>
        <source>The signature was cancelled before the token was asked.</source>
        <translation>Đã hủy việc ký trước khi dùng đến thiết bị ký số.</translation>
    </message>
</context>
<context>
    <name>lt::store::Database</name>
    <message>
        <source>The local database reported an error: %1</source>
        <translation>Cơ sở dữ liệu trên máy báo lỗi: %1</translation>
    </message>
    <message>
        <source>The disk is full: the local database cannot be written.</source>
        <translation>Ổ đĩa đã đầy: không ghi được cơ sở dữ liệu trên máy.</translation>
    </message>
    <message>
        <source>The local database &quot;%1&quot; cannot be opened: %2</source>
        <translation>Không mở được cơ sở dữ liệu trên máy “%1”: %2</translation>
    </message>
    <message>
        <source>the check could not run</source>
        <translation>không kiểm tra được</translation>
    </message>
    <message>
        <source>The local database &quot;%1&quot; is damaged (%2). It was left untouched; remove it to download your documents again.</source>
        <translation>Cơ sở dữ liệu trên máy “%1” bị hỏng (%2). Tệp được giữ nguyên; hãy xóa tệp để tải lại văn bản từ máy chủ.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>không có kết quả</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of LienThong (schema %1, this version knows %2).</source>
        <translation>Cơ sở dữ liệu trên máy được tạo bởi phiên bản LienThong mới hơn (lược đồ %1, phiên bản này chỉ biết đến %2).</translation>
    </message>
</context>
<context>
    <name>lt::sync::BlobStore</name>
    <message>
        <source>The downloaded file is missing.</source>
        <translation>Không thấy tệp vừa tải về.</translation>
    </message>
    <message>
        <source>The downloaded file cannot be read.</source>
        <translation>Không đọc được tệp vừa tải về.</translation>
    </message>
    <message>
        <source>A downloaded file did not match its checksum and was discarded; it will be downloaded again.</source>
        <translation>Tệp tải về không khớp mã kiểm tra (checksum) nên đã bị loại bỏ; tệp sẽ được tải lại.</translation>
    </message>
    <message>
        <source>Cannot store the file &quot;%1&quot;.</source>
        <translation>Không lưu được tệp “%1”.</translation>
    </message>
    <message>
        <source>Cannot write the file.</source>
        <translation>Không ghi được tệp.</translation>
    </message>
</context>
<context>
    <name>lt::sync::Client</name>
    <message>
        <source>This profile belongs to %1 on %2; use another profile (--profile) for another account.</source>
        <translation>Hồ sơ này thuộc về %1 trên %2; hãy dùng hồ sơ khác (--profile) cho tài khoản khác.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Chưa đăng nhập.</translation>
    </message>
    <message>
        <source>The session is not remembered on this computer: sign in again.</source>
        <translation>Máy này không ghi nhớ phiên làm việc: hãy đăng nhập lại.</translation>
    </message>
    <message>
        <source>No certificate could be read from &quot;%1&quot;.</source>
        <translation>Không đọc được chứng thư nào từ “%1”.</translation>
    </message>
    <message>
        <source>A synchronisation is already running.</source>
        <translation>Đang có một lần đồng bộ chạy.</translation>
    </message>
</context>
<context>
    <name>lt::sync::Profile</name>
    <message>
        <source>The profile folder &quot;%1&quot; cannot be created.</source>
        <translation>Không tạo được thư mục hồ sơ “%1”.</translation>
    </message>
    <message>
        <source>The profile settings cannot be saved.</source>
        <translation>Không lưu được thiết lập của hồ sơ.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be written to.</source>
        <translation>Không ghi được vào thư mục “%1”.</translation>
    </message>
    <message>
        <source>The files kept offline cannot be copied to &quot;%1&quot;.</source>
        <translation>Không sao chép được các tệp lưu ngoại tuyến sang “%1”.</translation>
    </message>
    <message>
        <source>The document is not on this computer.</source>
        <translation>Văn bản không có trên máy này.</translation>
    </message>
    <message>
        <source>The document has no main file.</source>
        <translation>Văn bản không có tệp chính.</translation>
    </message>
    <message>
        <source>The document&apos;s file is not on this computer: keep it offline first.</source>
        <translation>Tệp của văn bản chưa có trên máy này: hãy lưu ngoại tuyến trước.</translation>
    </message>
    <message>
        <source>The signed file is not an incremental update of the document&apos;s current file.</source>
        <translation>Tệp đã ký không phải bản cập nhật nối tiếp của tệp hiện tại của văn bản.</translation>
    </message>
    <message>
        <source>Agreed.</source>
        <translation>Đồng ý.</translation>
    </message>
    <message>
        <source>Lead, with the units concerned: study, advise and report.</source>
        <translation>Chủ trì, phối hợp với các đơn vị liên quan nghiên cứu, tham mưu, báo cáo.</translation>
    </message>
    <message>
        <source>Study and propose.</source>
        <translation>Nghiên cứu, đề xuất.</translation>
    </message>
    <message>
        <source>Do it urgently and report before the deadline.</source>
        <translation>Khẩn trương thực hiện, báo cáo kết quả trước thời hạn.</translation>
    </message>
    <message>
        <source>For information and follow-up.</source>
        <translation>Để biết, theo dõi.</translation>
    </message>
    <message>
        <source>Please revise the draft as commented.</source>
        <translation>Đề nghị hoàn thiện dự thảo theo ý kiến góp ý.</translation>
    </message>
    <message>
        <source>File it.</source>
        <translation>Lưu hồ sơ.</translation>
    </message>
</context>
<context>
    <name>lt::sync::SyncEngine</name>
    <message>
        <source>A synchronisation is already running.</source>
        <translation>Đang có một lượt đồng bộ chạy.</translation>
    </message>
    <message>
        <source>Sending &quot;%1&quot;…</source>
        <translation>Đang gửi “%1”…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) received</source>
        <translation>
            <numerusform>Đã nhận %n văn bản</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) kept offline</source>
        <translation>
            <numerusform>Đã lưu ngoại tuyến %n tệp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The offline storage limit of %1 is reached: %n file(s) were not downloaded.</source>
        <translation>
            <numerusform>Đã đạt giới hạn lưu ngoại tuyến %1: %n tệp chưa được tải về.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signed file is no longer on this computer.</source>
        <translation>Tệp đã ký không còn trên máy này.</translation>
    </message>
    <message>
        <source>Sending the signed file…</source>
        <translation>Đang gửi tệp đã ký…</translation>
    </message>
    <message>
        <source>The synchronisation was cancelled.</source>
        <translation>Đã hủy đồng bộ.</translation>
    </message>
    <message>
        <source>%1 refused for %2: %3</source>
        <translation>Máy chủ từ chối “%1” với văn bản %2: %3</translation>
    </message>
</context>
<context>
    <name>lt::ui::ActionDialog</name>
    <message>
        <source>Direction (bút phê), e.g. Giao Sở Tài chính chủ trì…</source>
        <translation>Ý kiến chỉ đạo (bút phê), ví dụ: Giao Sở Tài chính chủ trì…</translation>
    </message>
    <message>
        <source>Your words (optional)</source>
        <translation>Ý kiến (không bắt buộc)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>The list of units arrives with the next synchronisation.</source>
        <translation>Danh sách đơn vị sẽ có sau lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>Co-operating units</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Để biết</translation>
    </message>
    <message>
        <source>Find a unit (with or without accents)</source>
        <translation>Tìm đơn vị (có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Put before</source>
        <translation>Trình</translation>
    </message>
    <message>
        <source>The agency&apos;s leader (default)</source>
        <translation>Thủ trưởng cơ quan (mặc định)</translation>
    </message>
    <message>
        <source>The heads of my unit (default)</source>
        <translation>Lãnh đạo đơn vị tôi (mặc định)</translation>
    </message>
    <message>
        <source>What to do, e.g. Đề nghị đồng chí nghiên cứu, tham mưu văn bản trả lời…</source>
        <translation>Nội dung giao, ví dụ: Đề nghị đồng chí nghiên cứu, tham mưu văn bản trả lời…</translation>
    </message>
    <message>
        <source>Handles it</source>
        <translation>Chủ trì xử lý</translation>
    </message>
    <message>
        <source>Helping</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <source>(nobody: only helpers)</source>
        <translation>(không ai: chỉ người phối hợp)</translation>
    </message>
    <message>
        <source>Why the number is voided (required: it goes into the register)</source>
        <translation>Lý do hủy số (bắt buộc: được ghi vào sổ)</translation>
    </message>
    <message>
        <source>Ready-made</source>
        <translation>Câu mẫu</translation>
    </message>
    <message>
        <source>(choose a ready-made phrase)</source>
        <translation>(chọn câu bút phê mẫu)</translation>
    </message>
</context>
<context>
    <name>lt::ui::DeskMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Đăng &amp;nhập…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Văn bản</translation>
    </message>
    <message>
        <source>&amp;Next document</source>
        <translation>Văn bản &amp;tiếp theo</translation>
    </message>
    <message>
        <source>&amp;Previous document</source>
        <translation>Văn bản t&amp;rước</translation>
    </message>
    <message>
        <source>&amp;Keep offline</source>
        <translation>&amp;Lưu ngoại tuyến</translation>
    </message>
    <message>
        <source>&amp;Open externally</source>
        <translation>&amp;Mở bằng chương trình khác</translation>
    </message>
    <message>
        <source>&amp;Save the file as…</source>
        <translation>Lưu tệp &amp;thành…</translation>
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
    <message>
        <source>&amp;New draft…</source>
        <translation>Soạn &amp;văn bản mới…</translation>
    </message>
    <message>
        <source>&amp;Register an incoming document…</source>
        <translation>Vào &amp;sổ văn bản đến…</translation>
    </message>
    <message>
        <source>Re&amp;gisters…</source>
        <translation>Sổ văn &amp;bản…</translation>
    </message>
    <message>
        <source>Mark &amp;unread</source>
        <translation>Đánh dấu &amp;chưa đọc</translation>
    </message>
</context>
<context>
    <name>lt::ui::DeskToolbar</name>
    <message>
        <source>Main</source>
        <translation>Chính</translation>
    </message>
    <message>
        <source>Search number, subject, issuer (with or without accents)</source>
        <translation>Tìm theo số, trích yếu, cơ quan ban hành (có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tất cả văn bản</translation>
    </message>
    <message>
        <source>Urgent only</source>
        <translation>Chỉ văn bản khẩn</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Chỉ văn bản quá hạn</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Chỉ văn bản chưa đọc</translation>
    </message>
    <message>
        <source>Show only some documents of the box</source>
        <translation>Chỉ hiện một số văn bản trong hộp</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
</context>
<context>
    <name>lt::ui::DeskView</name>
    <message>
        <source>Downloading the file from the server…</source>
        <translation>Đang tải tệp từ máy chủ…</translation>
    </message>
</context>
<context>
    <name>lt::ui::DocumentList</name>
    <message numerus="yes">
        <source>Keep %n document(s) offline</source>
        <translation>
            <numerusform>Lưu ngoại tuyến %n văn bản</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Đánh dấu chưa đọc</translation>
    </message>
</context>
<context>
    <name>lt::ui::DocumentListModel</name>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>lt::ui::DocumentPanel</name>
    <message>
        <source>Choose a document in the list.</source>
        <translation>Chọn một văn bản trong danh sách.</translation>
    </message>
    <message>
        <source>Number and notation</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Incoming number</source>
        <translation>Số đến</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Chưa có.</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Đang chờ gửi:</translation>
    </message>
    <message>
        <source>Refused by the server:</source>
        <translation>Máy chủ từ chối:</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <source>Keep offline</source>
        <translation>Lưu ngoại tuyến</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Open externally</source>
        <translation>Mở bằng chương trình khác</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <source>Preparing the document for display…</source>
        <translation>Đang chuẩn bị hiển thị văn bản…</translation>
    </message>
    <message>
        <source>This file cannot be shown here. &quot;Open externally&quot; opens it in another program.</source>
        <translation>Không hiển thị được tệp này ở đây. “Mở bằng chương trình khác” sẽ mở tệp bằng chương trình khác.</translation>
    </message>
    <message>
        <source>The file is not on this computer yet: &quot;Open externally&quot; or &quot;Keep offline&quot; downloads it.</source>
        <translation>Tệp chưa có trên máy này: “Mở bằng chương trình khác” hoặc “Lưu ngoại tuyến” sẽ tải tệp về.</translation>
    </message>
    <message>
        <source>No file.</source>
        <translation>Không có tệp.</translation>
    </message>
    <message>
        <source>%1 (appendix)</source>
        <translation>%1 (phụ lục)</translation>
    </message>
    <message>
        <source>Try again with these words</source>
        <translation>Làm lại với nội dung này</translation>
    </message>
    <message>
        <source>the signature completed with its timestamp</source>
        <translation>chữ ký được bổ sung dấu thời gian</translation>
    </message>
    <message>
        <source>%1, with the signed file</source>
        <translation>%1, kèm tệp đã ký</translation>
    </message>
    <message>
        <source>%1 → %2 once sent</source>
        <translation>%1 → %2 khi đã gửi</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Phiên bản %1 · %2</translation>
    </message>
    <message>
        <source>(sent %1)</source>
        <translation>(gửi lên lúc %1)</translation>
    </message>
    <message>
        <source>Drafting unit</source>
        <translation>Đơn vị soạn thảo</translation>
    </message>
    <message>
        <source>To be issued by</source>
        <translation>Cơ quan sẽ ban hành</translation>
    </message>
    <message>
        <source>To be signed by</source>
        <translation>Người ký dự kiến</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (hạn %2)</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Chủ trì: %1</translation>
    </message>
    <message>
        <source>Co-operating: %1</source>
        <translation>Phối hợp: %1</translation>
    </message>
    <message>
        <source>For information: %1</source>
        <translation>Để biết: %1</translation>
    </message>
    <message>
        <source>Versions of the draft</source>
        <translation>Các phiên bản dự thảo</translation>
    </message>
    <message>
        <source>Version %1: %2 (%3), %4, %5</source>
        <translation>Phiên bản %1: %2 (%3), %4, %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>another agency, through the exchange</source>
        <translation>cơ quan khác, qua trục liên thông</translation>
    </message>
    <message>
        <source>paper copy</source>
        <translation>bản giấy</translation>
    </message>
    <message>
        <source>waiting for the exchange</source>
        <translation>chờ gửi liên thông</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Co-operating units</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
</context>
<context>
    <name>lt::ui::EmptyState</name>
    <message>
        <source>No documents yet</source>
        <translation>Chưa có văn bản</translation>
    </message>
    <message>
        <source>Documents addressed to you, drafts to review and documents to sign will appear here once LienThong is connected to your agency&apos;s document management system. Documents kept offline stay available without a network.</source>
        <translation>Văn bản gửi đến anh/chị, dự thảo cần duyệt và văn bản chờ ký sẽ hiện ở đây khi LienThong được kết nối với hệ thống quản lý văn bản của cơ quan. Văn bản đã lưu ngoại tuyến vẫn mở được khi không có mạng.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Đăng nhập…</translation>
    </message>
</context>
<context>
    <name>lt::ui::LoginDialog</name>
    <message>
        <source>Sign in — LienThong</source>
        <translation>Đăng nhập — LienThong</translation>
    </message>
    <message>
        <source>Sign in to your agency&apos;s document management system.</source>
        <translation>Đăng nhập vào hệ thống quản lý văn bản và điều hành của cơ quan.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Máy chủ</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Tên đăng nhập</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mật &amp;khẩu</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Sign in through the web page…</source>
        <translation>Đăng nhập qua trang web…</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, e.g. https://vanban.example.gov.vn.</source>
        <translation>Nhập địa chỉ máy chủ, ví dụ https://vanban.example.gov.vn.</translation>
    </message>
    <message>
        <source>Give your user name and password.</source>
        <translation>Nhập tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <source>Sign in through the web page</source>
        <translation>Đăng nhập qua trang web</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <source>Web sign-in is not installed (Qt WebEngine is missing). Sign in with your user name and password.</source>
        <translation>Chưa cài đặt đăng nhập qua trang web (thiếu Qt WebEngine). Hãy đăng nhập bằng tên đăng nhập và mật khẩu.</translation>
    </message>
</context>
<context>
    <name>lt::ui::MainWindow</name>
    <message>
        <source>LienThong — Documents and operations</source>
        <translation>LienThong — Quản lý văn bản và điều hành</translation>
    </message>
    <message>
        <source>LienThong</source>
        <translation>LienThong</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Lưu tệp</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Chưa đăng nhập.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ký số</translation>
    </message>
    <message>
        <source>Signed without a network: the timestamp and revocation data are added when the network is back.</source>
        <translation>Đã ký khi không có mạng: dấu thời gian và dữ liệu thu hồi sẽ được bổ sung khi có mạng trở lại.</translation>
    </message>
    <message>
        <source>Keep offline</source>
        <translation>Lưu ngoại tuyến</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Mở tệp</translation>
    </message>
    <message numerus="yes">
        <source>%n documents chosen: open one to act on it; the list&apos;s menu keeps them all offline.</source>
        <translation>
            <numerusform>Đã chọn %n văn bản: mở một văn bản để xử lý; trình đơn của danh sách lưu ngoại tuyến tất cả.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the documents is classified (Mật, Tối mật or Tuyệt mật). Its files will be stored on this computer, readable by anyone who can open your account. Keep them offline?</source>
        <translation>
            <numerusform>Có %n văn bản thuộc độ mật (Mật, Tối mật hoặc Tuyệt mật). Tệp của văn bản sẽ được lưu trên máy này, ai mở được tài khoản của bạn đều đọc được. Vẫn lưu ngoại tuyến?</numerusform>
        </translation>
    </message>
    <message>
        <source>No program on this computer opens PDF files. The document is shown in the &quot;Document&quot; tab; &quot;Save as…&quot; copies it where another program can open it.</source>
        <translation>Máy này không có chương trình mở tệp PDF. Văn bản được hiển thị ở thẻ &quot;Văn bản&quot;; &quot;Lưu thành…&quot; sao chép tệp ra nơi chương trình khác mở được.</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Soạn văn bản mới</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Vào sổ</translation>
    </message>
    <message>
        <source>Registered with arrival number %1.</source>
        <translation>Đã vào sổ với số đến %1.</translation>
    </message>
    <message>
        <source>The draft is made: %1.</source>
        <translation>Đã tạo dự thảo: %1.</translation>
    </message>
    <message>
        <source>%1 of %2, arrival number %3 (%4)</source>
        <translation>%1 của %2, số đến %3 (%4)</translation>
    </message>
    <message>
        <source>Registered already?</source>
        <translation>Đã vào sổ rồi?</translation>
    </message>
    <message>
        <source>A document with the same issuer, number and date is in the register:
%1

Register this one as well?</source>
        <translation>Sổ đã có văn bản cùng cơ quan ban hành, số ký hiệu và ngày:
%1

Vẫn vào sổ văn bản này?</translation>
    </message>
    <message>
        <source>Submit the same text again?</source>
        <translation>Trình lại nội dung cũ?</translation>
    </message>
    <message>
        <source>The draft was returned and has no new version since. Submit the same text again?</source>
        <translation>Dự thảo đã bị trả lại và chưa có phiên bản mới. Vẫn trình lại nội dung cũ?</translation>
    </message>
    <message>
        <source>This document is not on this computer yet: it comes with the next synchronisation.</source>
        <translation>Văn bản này chưa có trên máy: nó sẽ về ở lần đồng bộ tới.</translation>
    </message>
</context>
<context>
    <name>lt::ui::Navigation</name>
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
        <source>Keep this box offline</source>
        <translation>Lưu ngoại tuyến cả hộp này</translation>
    </message>
</context>
<context>
    <name>lt::ui::NewDocumentDialog</name>
    <message>
        <source>New draft — LienThong</source>
        <translation>Soạn văn bản mới — LienThong</translation>
    </message>
    <message>
        <source>Register an incoming document — LienThong</source>
        <translation>Vào sổ văn bản đến — LienThong</translation>
    </message>
    <message>
        <source>Về việc …</source>
        <translation>Về việc …</translation>
    </message>
    <message>
        <source>e.g. 000.00.09.H99 (if known)</source>
        <translation>ví dụ 000.00.09.H99 (nếu biết)</translation>
    </message>
    <message>
        <source>e.g. 12/KH-SYT</source>
        <translation>ví dụ 12/KH-SYT</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>chưa đếm</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Organisation code:</source>
        <translation>Mã định danh:</translation>
    </message>
    <message>
        <source>Number and notation:</source>
        <translation>Số, ký hiệu:</translation>
    </message>
    <message>
        <source>Date of the document:</source>
        <translation>Ngày văn bản:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại văn bản:</translation>
    </message>
    <message>
        <source>Subject (trích yếu):</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Số trang:</translation>
    </message>
    <message>
        <source>The draft as a PDF</source>
        <translation>Dự thảo dạng PDF</translation>
    </message>
    <message>
        <source>The scan as a PDF</source>
        <translation>Bản quét dạng PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Main file:</source>
        <translation>Tệp chính:</translation>
    </message>
    <message>
        <source>Add an appendix…</source>
        <translation>Thêm phụ lục…</translation>
    </message>
    <message>
        <source>Appendices:</source>
        <translation>Phụ lục:</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>Độ mật:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Độ khẩn:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>The leader&apos;s user name, e.g. leader</source>
        <translation>Tên đăng nhập của lãnh đạo, ví dụ leader</translation>
    </message>
    <message>
        <source>To be signed by:</source>
        <translation>Lãnh đạo ký:</translation>
    </message>
    <message>
        <source>or an organisation code, a user name, &quot;paper:&quot; and an address</source>
        <translation>hoặc mã định danh cơ quan, tên đăng nhập, &quot;paper:&quot; và địa chỉ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Recipients (Nơi nhận):</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <source>Create the draft</source>
        <translation>Tạo dự thảo</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Vào sổ</translation>
    </message>
    <message>
        <source>The main file</source>
        <translation>Tệp chính</translation>
    </message>
    <message>
        <source>Appendices</source>
        <translation>Phụ lục</translation>
    </message>
    <message>
        <source>%1 (paper copy)</source>
        <translation>%1 (bản giấy)</translation>
    </message>
    <message>
        <source>%1 (another agency)</source>
        <translation>%1 (cơ quan khác)</translation>
    </message>
    <message>
        <source>%1 (a person)</source>
        <translation>%1 (cá nhân)</translation>
    </message>
    <message>
        <source>Write who issued the document.</source>
        <translation>Hãy ghi cơ quan ban hành văn bản.</translation>
    </message>
    <message>
        <source>The organisation code is not a national code (such as 000.00.09.H99).</source>
        <translation>Mã định danh không đúng dạng mã quốc gia (như 000.00.09.H99).</translation>
    </message>
    <message>
        <source>Write the subject (trích yếu).</source>
        <translation>Hãy ghi trích yếu.</translation>
    </message>
    <message>
        <source>Choose the main file.</source>
        <translation>Hãy chọn tệp chính.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PDF file. Save it as PDF first (in Word or LibreOffice: File › Save as PDF).</source>
        <translation>&quot;%1&quot; không phải tệp PDF. Hãy lưu sang PDF trước (trong Word hoặc LibreOffice: Tệp › Lưu dưới dạng PDF).</translation>
    </message>
    <message>
        <source>PDF and word-processor documents (*.pdf *.docx *.doc *.odt *.rtf)</source>
        <translation>Tệp PDF và văn bản soạn thảo (*.pdf *.docx *.doc *.odt *.rtf)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs LibreOffice to become a PDF, and it is not installed here. Install LibreOffice, or save the file as PDF (File › Save as PDF) and choose the PDF.</source>
        <translation>Cần LibreOffice để chuyển &quot;%1&quot; thành PDF, nhưng máy này chưa cài. Hãy cài LibreOffice, hoặc lưu tệp dưới dạng PDF (Tệp › Lưu thành PDF) rồi chọn tệp PDF.</translation>
    </message>
    <message>
        <source>The agency&apos;s register (or a council&apos;s own)</source>
        <translation>Sổ của cơ quan (hoặc sổ riêng của hội đồng)</translation>
    </message>
    <message>
        <source>Register:</source>
        <translation>Sổ:</translation>
    </message>
</context>
<context>
    <name>lt::ui::PdfViewer</name>
    <message>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>Hình thu nhỏ</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Thu nhỏ (Ctrl+-)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Phóng to (Ctrl++)</translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation>Tìm trong văn bản</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Kết quả trước</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Kết quả sau</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
</context>
<context>
    <name>lt::ui::RegisterWindow</name>
    <message>
        <source>Open the document</source>
        <translation>Mở văn bản</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất ra…</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Sổ văn bản</translation>
    </message>
    <message>
        <source>Incoming documents</source>
        <translation>Sổ văn bản đến</translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation>Sổ văn bản đi</translation>
    </message>
    <message>
        <source>Sent by post</source>
        <translation>Sổ gửi bưu điện</translation>
    </message>
    <message>
        <source>Find by number, notation, author, subject (with or without accents)</source>
        <translation>Tìm theo số, ký hiệu, tác giả, trích yếu (có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Sổ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>The register has no entry this year.</source>
        <translation>Sổ chưa có mục nào trong năm này.</translation>
    </message>
    <message>
        <source>No entry matches.</source>
        <translation>Không có mục nào khớp.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Xuất sổ văn bản</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF for printing (*.pdf);;CSV (*.csv)</source>
        <translation>Bảng tính Excel (*.xlsx);;PDF để in (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2 rows</source>
        <translation>Đang xuất… %1 trên %2 dòng</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>Đã ghi %n dòng vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agency&apos;s</source>
        <translation>Sổ của cơ quan</translation>
    </message>
    <message>
        <source>Secret documents</source>
        <translation>Sổ văn bản mật</translation>
    </message>
    <message>
        <source>%1 — secret documents</source>
        <translation>%1 — văn bản mật</translation>
    </message>
</context>
<context>
    <name>lt::ui::SettingsDialog</name>
    <message>
        <source>Settings — LienThong</source>
        <translation>Cài đặt — LienThong</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>(not signed in)</source>
        <translation>(chưa đăng nhập)</translation>
    </message>
    <message>
        <source>Sign in to another server…</source>
        <translation>Đăng nhập máy chủ khác…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Add a driver…</source>
        <translation>Thêm trình điều khiển…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Token drivers (*.dll)</source>
        <translation>Trình điều khiển thiết bị ký (*.dll)</translation>
    </message>
    <message>
        <source>Token drivers (*.so *.dylib)</source>
        <translation>Trình điều khiển thiết bị ký (*.so *.dylib)</translation>
    </message>
    <message>
        <source>Token driver</source>
        <translation>Trình điều khiển thiết bị ký</translation>
    </message>
    <message>
        <source>Files kept offline</source>
        <translation>Tệp lưu ngoại tuyến</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Không giới hạn</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Giới hạn</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>The new language is used from the next start of LienThong.</source>
        <translation>Ngôn ngữ mới sẽ được dùng từ lần mở LienThong tiếp theo.</translation>
    </message>
    <message>
        <source>Trusted CA certificates (PEM): signing certificates are checked against them, and intermediate ones go with each signature.</source>
        <translation>Chứng thư CA tin cậy (PEM): chứng thư ký số được kiểm tra theo các chứng thư này; chứng thư trung gian được gửi kèm mỗi chữ ký.</translation>
    </message>
    <message>
        <source>Add a certificate…</source>
        <translation>Thêm chứng thư…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Chứng thư CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Chứng thư (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Timestamp authority</source>
        <translation>Máy chủ cấp dấu thời gian</translation>
    </message>
    <message>
        <source>(the one the certificate names)</source>
        <translation>(theo địa chỉ ghi trong chứng thư)</translation>
    </message>
    <message>
        <source>OCSP responder</source>
        <translation>Máy chủ OCSP</translation>
    </message>
    <message>
        <source>A synchronisation is running: the folder can be moved when it has ended.</source>
        <translation>Đang đồng bộ: có thể chuyển thư mục khi đồng bộ xong.</translation>
    </message>
    <message>
        <source>Digital signature</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <source>Token drivers</source>
        <translation>Trình điều khiển thiết bị ký</translation>
    </message>
    <message>
        <source>The signature alone (works without a network)</source>
        <translation>Chỉ chữ ký số (ký được khi không có mạng)</translation>
    </message>
    <message>
        <source>With the time certified by a timestamp service</source>
        <translation>Kèm dấu thời gian do dịch vụ cấp dấu thời gian xác nhận</translation>
    </message>
    <message>
        <source>With the certified time and the certificate&apos;s check, for keeping (recommended)</source>
        <translation>Kèm dấu thời gian và dữ liệu kiểm tra chứng thư, để lưu trữ (khuyến nghị)</translation>
    </message>
    <message>
        <source>Signatures made</source>
        <translation>Chữ ký tạo ra</translation>
    </message>
    <message>
        <source>Advanced ▸</source>
        <translation>Nâng cao ▸</translation>
    </message>
    <message>
        <source>Token drivers (PKCS#11 modules) added by hand, besides those found:</source>
        <translation>Trình điều khiển (mô-đun PKCS#11) thêm bằng tay, ngoài những trình đã tìm thấy:</translation>
    </message>
    <message>
        <source>The levels are PAdES B-B, B-T and B-LT (ETSI EN 319 142).</source>
        <translation>Các mức tương ứng PAdES B-B, B-T và B-LT (ETSI EN 319 142).</translation>
    </message>
    <message>
        <source>Advanced ▾</source>
        <translation>Nâng cao ▾</translation>
    </message>
    <message>
        <source>None found: plug in your token and install the driver that came with it (or add it under &quot;Advanced&quot;).</source>
        <translation>Chưa tìm thấy: hãy cắm thiết bị ký và cài trình điều khiển đi kèm (hoặc thêm ở mục &quot;Nâng cao&quot;).</translation>
    </message>
    <message>
        <source>Offered when you give a direction or a comment; one a line.</source>
        <translation>Được gợi ý khi bút phê hoặc cho ý kiến; mỗi dòng một câu.</translation>
    </message>
    <message>
        <source>Ready-made phrases</source>
        <translation>Câu bút phê mẫu</translation>
    </message>
</context>
<context>
    <name>lt::ui::SignDialog</name>
    <message>
        <source>Sign — LienThong</source>
        <translation>Ký số — LienThong</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Chứng thư số</translation>
    </message>
    <message>
        <source>Leader&apos;s signature (name, title, image)</source>
        <translation>Chữ ký lãnh đạo (họ tên, chức vụ, hình chữ ký)</translation>
    </message>
    <message>
        <source>Agency&apos;s signature (top right of page 1)</source>
        <translation>Chữ ký cơ quan (góc trên bên phải trang 1)</translation>
    </message>
    <message>
        <source>Attachment (number and time)</source>
        <translation>Văn bản kèm theo (số, ký hiệu và thời gian)</translation>
    </message>
    <message>
        <source>Invisible</source>
        <translation>Không hiển thị</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Hình thức chữ ký</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>e.g. Chủ tịch, Giám đốc</source>
        <translation>ví dụ: Chủ tịch, Giám đốc</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Drag the stamp on the page to move it.</source>
        <translation>Kéo chữ ký trên trang để đặt vào vị trí mong muốn.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN</source>
        <translation>Mã PIN của thiết bị ký số</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>I know that one more wrong PIN locks the token.</source>
        <translation>Tôi biết nếu nhập sai thêm một lần nữa, thiết bị ký số sẽ bị khóa.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ký số</translation>
    </message>
    <message>
        <source>%1 — token &quot;%2&quot;</source>
        <translation>%1 — thiết bị “%2”</translation>
    </message>
    <message>
        <source>No token with a signing certificate is plugged in. Plug in your token; it shows here at once.</source>
        <translation>Chưa cắm thiết bị ký số có chứng thư ký. Hãy cắm thiết bị; chứng thư sẽ hiện ra ngay tại đây.</translation>
    </message>
    <message>
        <source>Looking for tokens…</source>
        <translation>Đang tìm thiết bị ký số…</translation>
    </message>
    <message>
        <source>Issued by %1, valid until %2.</source>
        <translation>Cấp bởi %1, hiệu lực đến %2.</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is locked. Ask your certificate provider to unlock it.</source>
        <translation>Mã PIN của thiết bị ký số đã bị khóa. Hãy liên hệ nhà cung cấp chứng thư số để mở khóa.</translation>
    </message>
    <message>
        <source>Only one PIN try is left: a wrong PIN locks the token.</source>
        <translation>Chỉ còn một lần nhập mã PIN: nhập sai sẽ khóa thiết bị.</translation>
    </message>
    <message>
        <source>A wrong PIN was entered on this token recently.</source>
        <translation>Gần đây đã nhập sai mã PIN trên thiết bị này.</translation>
    </message>
    <message>
        <source>Signing… keep the token plugged in.</source>
        <translation>Đang ký… đừng rút thiết bị ký số.</translation>
    </message>
    <message>
        <source>B-B: the signature</source>
        <translation>B-B: chữ ký</translation>
    </message>
    <message>
        <source>B-T: with a timestamp</source>
        <translation>B-T: kèm dấu thời gian</translation>
    </message>
    <message>
        <source>B-LT: with a timestamp and revocation data</source>
        <translation>B-LT: kèm dấu thời gian và dữ liệu thu hồi</translation>
    </message>
    <message>
        <source>Without a network the signature is made at B-B and completed when the network is back.</source>
        <translation>Khi không có mạng, chữ ký được tạo ở mức B-B và được bổ sung khi có mạng trở lại.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Mức chữ ký</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Ảnh chữ ký</translation>
    </message>
    <message>
        <source>Images (*.png)</source>
        <translation>Ảnh (*.png)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Ảnh chữ ký/con dấu</translation>
    </message>
    <message>
        <source>Cancelling… (a signature already on the token completes)</source>
        <translation>Đang hủy… (chữ ký đã gửi tới thiết bị ký số vẫn được hoàn tất)</translation>
    </message>
    <message>
        <source>Sign %1 — LienThong</source>
        <translation>Ký số %1 — LienThong</translation>
    </message>
</context>
<context>
    <name>lt::ui::StatusLine</name>
    <message>
        <source>Synchronisation</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>The last synchronisation reported:</source>
        <translation>Lần đồng bộ vừa rồi báo:</translation>
    </message>
    <message>
        <source>Files %v/%m</source>
        <translation>Tệp %v/%m</translation>
    </message>
    <message>
        <source>Offline · not signed in</source>
        <translation>Ngoại tuyến · chưa đăng nhập</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <source>Last synchronised %1</source>
        <translation>Đồng bộ lần cuối lúc %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation>
            <numerusform>%n thao tác đang chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline files: %1 of %2</source>
        <translation>Tệp ngoại tuyến: %1 / %2</translation>
    </message>
    <message>
        <source>Offline files: %1</source>
        <translation>Tệp ngoại tuyến: %1</translation>
    </message>
</context>
<context>
    <name>lt::ui::UrgentNotice</name>
    <message>
        <source>%1 document to handle</source>
        <translation>Văn bản %1 cần xử lý</translation>
    </message>
    <message numerus="yes">
        <source>%n urgent document(s) to handle</source>
        <translation>
            <numerusform>%n văn bản khẩn cần xử lý</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lt::verify</name>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>Không đọc được &quot;%1&quot;.</translation>
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
    <name>lt::workflow::decide</name>
    <message>
        <source>Only a direction assigns units.</source>
        <translation>Chỉ ý kiến chỉ đạo (bút phê) mới giao việc cho đơn vị.</translation>
    </message>
    <message>
        <source>A direction needs words or at least one unit.</source>
        <translation>Ý kiến chỉ đạo cần có nội dung hoặc ít nhất một đơn vị được giao.</translation>
    </message>
    <message>
        <source>An assignment names no unit.</source>
        <translation>Có một dòng giao việc chưa chọn đơn vị.</translation>
    </message>
    <message>
        <source>A unit is named twice in the direction.</source>
        <translation>Một đơn vị được chọn hai lần trong ý kiến chỉ đạo.</translation>
    </message>
    <message>
        <source>Choose exactly one lead unit.</source>
        <translation>Chọn đúng một đơn vị chủ trì.</translation>
    </message>
    <message>
        <source>You have no role in the workflow.</source>
        <translation>Anh/chị chưa được phân vai trò trong quy trình.</translation>
    </message>
    <message>
        <source>You received this document for information only.</source>
        <translation>Anh/chị nhận văn bản này để biết, không có thao tác xử lý.</translation>
    </message>
    <message>
        <source>This document is not in your hands for &quot;%1&quot;.</source>
        <translation>Văn bản này không thuộc phạm vi xử lý của anh/chị để “%1”.</translation>
    </message>
    <message>
        <source>Only a submission names a person.</source>
        <translation>Chỉ khi trình mới chỉ định người nhận.</translation>
    </message>
    <message>
        <source>Name the recipients (Nơi nhận) before dispatching.</source>
        <translation>Hãy ghi nơi nhận trước khi gửi văn bản.</translation>
    </message>
    <message>
        <source>Choose the specialists to pass the work on to.</source>
        <translation>Hãy chọn chuyên viên để chuyển xử lý.</translation>
    </message>
    <message>
        <source>Passing on names people, not units.</source>
        <translation>Chuyển xử lý là giao cho người, không phải cho đơn vị.</translation>
    </message>
    <message>
        <source>A head passes on only their own unit&apos;s part.</source>
        <translation>Lãnh đạo đơn vị chỉ chuyển xử lý phần việc của đơn vị mình.</translation>
    </message>
    <message>
        <source>A person is named twice.</source>
        <translation>Một người được chọn hai lần.</translation>
    </message>
    <message>
        <source>A specialist&apos;s deadline cannot be later than the document&apos;s (%1).</source>
        <translation>Hạn của chuyên viên không được muộn hơn hạn của văn bản (%1).</translation>
    </message>
    <message>
        <source>Only one specialist leads the unit&apos;s part.</source>
        <translation>Chỉ một chuyên viên chủ trì phần việc của đơn vị.</translation>
    </message>
    <message>
        <source>This document has no number to void.</source>
        <translation>Văn bản này chưa có số để hủy.</translation>
    </message>
    <message>
        <source>Say why the number is voided.</source>
        <translation>Hãy ghi lý do hủy số.</translation>
    </message>
    <message>
        <source>The number was voided already.</source>
        <translation>Số này đã được hủy.</translation>
    </message>
    <message>
        <source>Someone already leads the unit&apos;s part: pass it on to helpers, or ask the leader to reassign it.</source>
        <translation>Phần việc của đơn vị đã có người chủ trì: hãy chuyển thêm người phối hợp, hoặc đề nghị lãnh đạo giao lại.</translation>
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
    <message>
        <source>Profile folder (the same as lienthong-cli --profile).</source>
        <translation>Thư mục hồ sơ (giống lienthong-cli --profile).</translation>
    </message>
</context>
</TS>
