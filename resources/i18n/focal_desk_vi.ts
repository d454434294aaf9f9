<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>ActionBar</name>
    <message>
        <source>Ask for &amp;supplement…</source>
        <translation>Đề nghị &amp;bổ sung…</translation>
    </message>
    <message>
        <source>Confirm &amp;valid…</source>
        <translation>&amp;Xác nhận hợp lệ…</translation>
    </message>
    <message>
        <source>&amp;Notice sent…</source>
        <translation>Đã gửi thông báo thời hạ&amp;n…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>Gia &amp;hạn…</translation>
    </message>
    <message>
        <source>&amp;Provide…</source>
        <translation>Cung cấ&amp;p…</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Từ chố&amp;i…</translation>
    </message>
    <message>
        <source>Send to &amp;agency…</source>
        <translation>Hướng dẫn sang cơ &amp;quan khác…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Rút yêu cầu…</translation>
    </message>
    <message>
        <source>Open &amp;correction…</source>
        <translation>&amp;Mở đính chính…</translation>
    </message>
    <message>
        <source>C&amp;lose correction…</source>
        <translation>H&amp;oàn tất đính chính…</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Ctrl+Enter to confirm</source>
        <translation>Ctrl+Enter để xác nhận</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
</context>
<context>
    <name>AddComplaintDialog</name>
    <message>
        <source>Record</source>
        <translation>Ghi vào sổ</translation>
    </message>
    <message>
        <source>Complaint or lawsuit</source>
        <translation>Khiếu nại, khởi kiện</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Lodged on:</source>
        <translation>&amp;Ngày khiếu nại, khởi kiện:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <source>A complaint or a lawsuit about how this request was handled. It is counted in the statistics of the period it was lodged in.</source>
        <translation>Khiếu nại hoặc khởi kiện về việc giải quyết yêu cầu này. Được tính vào số liệu thống kê của kỳ có ngày khiếu nại, khởi kiện.</translation>
    </message>
</context>
<context>
    <name>AddDayDialog</name>
    <message>
        <source>Add a day to the calendar</source>
        <translation>Thêm ngày vào lịch làm việc</translation>
    </message>
    <message>
        <source>Day &amp;off (a weekday not worked)</source>
        <translation>Ngày ng&amp;hỉ (ngày thường không làm việc)</translation>
    </message>
    <message>
        <source>&amp;Working day (e.g. a make-up Saturday)</source>
        <translation>Ngày là&amp;m việc (ví dụ: thứ Bảy làm bù)</translation>
    </message>
    <message>
        <source>e.g. Nghỉ bù Giỗ Tổ Hùng Vương</source>
        <translation>VD: Nghỉ bù Giỗ Tổ Hùng Vương</translation>
    </message>
    <message>
        <source>e.g. Công văn 12729/VPCP-KGVX ngày 25/12/2025</source>
        <translation>VD: Công văn 12729/VPCP-KGVX ngày 25/12/2025</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>N&amp;gày:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại ngày:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Lý &amp;do:</translation>
    </message>
    <message>
        <source>So&amp;urce document:</source>
        <translation>&amp;Văn bản thông báo:</translation>
    </message>
    <message>
        <source>Open requests' deadlines are recomputed on the new calendar.</source>
        <translation>Hạn giải quyết của các yêu cầu đang mở sẽ được tính lại theo lịch mới.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>AddFolderDialog</name>
    <message>
        <source>Add from a scan folder</source>
        <translation>Thêm từ thư mục quét</translation>
    </message>
    <message>
        <source>Each PDF, JPG, PNG or TIFF file of %1 becomes an entry named after its file.</source>
        <translation>Mỗi tệp PDF, JPG, PNG hoặc TIFF trong %1 thành một mục của danh mục, tên mục lấy từ tên tệp.</translation>
    </message>
    <message>
        <source>Already &amp;published</source>
        <translation>&amp;Đã công khai</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(chọn)</translation>
    </message>
    <message>
        <source>Read the text of the scans by OC&amp;R (Tesseract), so search finds their words</source>
        <translation>Nhận dạng chữ trong bản quét (&amp;OCR, Tesseract) để tìm được theo nội dung</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại thông tin:</translation>
    </message>
    <message>
        <source>Acc&amp;ess:</source>
        <translation>&amp;Mức tiếp cận:</translation>
    </message>
    <message>
        <source>&amp;Where published:</source>
        <translation>&amp;Nơi công khai:</translation>
    </message>
    <message>
        <source>Published &amp;from:</source>
        <translation>Ngày công &amp;khai:</translation>
    </message>
    <message>
        <source>&amp;Consent of:</source>
        <translation>Cần sự đồng ý &amp;của:</translation>
    </message>
    <message>
        <source>Art. 7 &amp;ground:</source>
        <translation>Căn cứ Điều &amp;7:</translation>
    </message>
    <message>
        <source>Art. 6 poi&amp;nt:</source>
        <translation>Khoản, điểm Điều &amp;6:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Scans added and skipped</source>
        <translation>Các bản quét đã thêm và đã bỏ qua</translation>
    </message>
    <message>
        <source>&amp;Add the scans</source>
        <translation>&amp;Thêm các bản quét</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Adding the scans…</source>
        <translation>Đang thêm các bản quét…</translation>
    </message>
    <message>
        <source>Stopping after this scan…</source>
        <translation>Sẽ dừng sau bản quét này…</translation>
    </message>
    <message>
        <source>Scan %1 of %2</source>
        <translation>Bản quét %1 / %2</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Đã thêm: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Bỏ qua: %1</translation>
    </message>
    <message>
        <source>Added, text not read: %1</source>
        <translation>Đã thêm, chưa đọc được chữ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) added</source>
        <translation><numerusform>Đã thêm %n bản quét</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped.</source>
        <translation><numerusform>bỏ qua %n tệp.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n scan(s) were not looked at; what was added stays.</source>
        <translation><numerusform>Đã dừng: còn %n bản quét chưa thêm; các mục đã thêm vẫn giữ.</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Dừng</translation>
    </message>
</context>
<context>
    <name>AgencyFields</name>
    <message>
        <source>e.g. Ủy ban nhân dân xã Đạo Trù</source>
        <translation>VD: Ủy ban nhân dân xã Đạo Trù</translation>
    </message>
    <message>
        <source>e.g. Ủy ban nhân dân tỉnh Phú Thọ</source>
        <translation>VD: Ủy ban nhân dân tỉnh Phú Thọ</translation>
    </message>
    <message>
        <source>e.g. Đạo Trù (as in "Đạo Trù, ngày … tháng … năm …")</source>
        <translation>VD: Đạo Trù (để ghi "Đạo Trù, ngày … tháng … năm …")</translation>
    </message>
    <message>
        <source>e.g. UBND</source>
        <translation>VD: UBND</translation>
    </message>
    <message>
        <source>e.g. Chủ tịch</source>
        <translation>VD: Chủ tịch</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Tên cơ quan:</translation>
    </message>
    <message>
        <source>&amp;Parent body:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <source>P&amp;lace name:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <source>S&amp;ymbol abbreviation:</source>
        <translation>Chữ &amp;viết tắt tên cơ quan:</translation>
    </message>
    <message>
        <source>Si&amp;gner's full name:</source>
        <translation>Họ tên ngườ&amp;i ký:</translation>
    </message>
    <message>
        <source>Signer's &amp;title:</source>
        <translation>Chức vụ &amp;người ký:</translation>
    </message>
    <message>
        <source>Signing &amp;authority:</source>
        <translation>Thẩm q&amp;uyền ký:</translation>
    </message>
    <message>
        <source>Ar&amp;ea factor (Circular 46/2018):</source>
        <translation>Hệ số địa &amp;bàn (Thông tư 46/2018):</translation>
    </message>
    <message>
        <source>None (the head signs)</source>
        <translation>Không ghi (người đứng đầu ký)</translation>
    </message>
    <message>
        <source>TM. — on behalf of the collective</source>
        <translation>TM. — Thay mặt tập thể</translation>
    </message>
    <message>
        <source>KT. — signing for the head</source>
        <translation>KT. — Ký thay người đứng đầu</translation>
    </message>
    <message>
        <source>Q. — acting head</source>
        <translation>Q. — Quyền người đứng đầu</translation>
    </message>
    <message>
        <source>TL. — by order</source>
        <translation>TL. — Thừa lệnh</translation>
    </message>
    <message>
        <source>TUQ. — by authorisation</source>
        <translation>TUQ. — Thừa ủy quyền</translation>
    </message>
    <message>
        <source>1.0 — normal area</source>
        <translation>1,0 — Địa bàn bình thường</translation>
    </message>
    <message>
        <source>0.7 — difficult area</source>
        <translation>0,7 — Vùng khó khăn</translation>
    </message>
    <message>
        <source>0.5 — extremely difficult area</source>
        <translation>0,5 — Vùng đặc biệt khó khăn</translation>
    </message>
</context>
<context>
    <name>AgencyForm</name>
    <message>
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>The agency that keeps this register. Its names and signer are printed on every document.</source>
        <translation>Cơ quan lập sổ theo dõi này. Tên cơ quan và người ký được in trên mọi văn bản.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Vui lòng sửa các ô có ghi chú màu đỏ.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>No file is attached to this request.</source>
        <translation>Yêu cầu này chưa có tệp đính kèm.</translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation>X&amp;em tệp</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Attached scans (letter, envelope)</source>
        <translation>Bản chụp đính kèm (đơn, phong bì)</translation>
    </message>
    <message>
        <source>Attac&amp;h…</source>
        <translation>Đính kèm tệ&amp;p…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Bỏ tệp</translation>
    </message>
    <message>
        <source>Attach scanned letters or envelopes</source>
        <translation>Đính kèm bản chụp đơn hoặc phong bì</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Bản chụp (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Các bản sao lưu</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Tệp khác</translation>
    </message>
</context>
<context>
    <name>BackupNow</name>
    <message>
        <source>Back up the register</source>
        <translation>Sao lưu sổ theo dõi</translation>
    </message>
    <message>
        <source>Register backups (*.sqlite3)</source>
        <translation>Bản sao lưu sổ theo dõi (*.sqlite3)</translation>
    </message>
    <message>
        <source>Copying the register and checking the copy…</source>
        <translation>Đang sao chép sổ theo dõi và kiểm tra bản sao…</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <source>The register was copied and the copy checked. The copy is here:
%1</source>
        <translation>Đã sao chép sổ theo dõi và kiểm tra bản sao. Bản sao lưu nằm tại:
%1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Hằng tháng</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Thủ công</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Trước nâng cấp</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Trước khôi phục</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Add day…</source>
        <translation>&amp;Thêm ngày…</translation>
    </message>
    <message>
        <source>Re&amp;move added day</source>
        <translation>Xó&amp;a ngày đã thêm</translation>
    </message>
    <message>
        <source>&amp;Import announcement (CSV)…</source>
        <translation>N&amp;hập thông báo lịch nghỉ (CSV)…</translation>
    </message>
    <message>
        <source>Recomputing deadlines…</source>
        <translation>Đang tính lại hạn giải quyết…</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>Working Saturday / Sunday</source>
        <translation>Thứ Bảy / Chủ nhật làm việc</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Cuối tuần</translation>
    </message>
    <message>
        <source>Underlined: added by this office</source>
        <translation>Gạch chân: do cơ quan tự thêm</translation>
    </message>
    <message>
        <source>&amp;Working days</source>
        <translation>Ngày &amp;làm việc</translation>
    </message>
    <message>
        <source>R&amp;ule sets</source>
        <translation>&amp;Quy định thời hạn</translation>
    </message>
    <message>
        <source>Days off and working weekends in %1:</source>
        <translation>Ngày nghỉ và ngày làm bù năm %1:</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <source>not a working day</source>
        <translation>ngày không làm việc</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Căn cứ: %1 (%2)</translation>
    </message>
    <message>
        <source>Remove the day</source>
        <translation>Xóa ngày</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Remove the note added by this office for %1? Open deadlines will be recomputed.</source>
        <translation>Xóa ghi chú do cơ quan thêm cho ngày %1? Hạn giải quyết của các yêu cầu đang mở sẽ được tính lại.</translation>
    </message>
    <message>
        <source>Import a calendar announcement</source>
        <translation>Nhập thông báo lịch nghỉ</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (save it as CSV UTF-8).</source>
        <translation>Tệp không phải văn bản UTF-8 (hãy lưu dưới dạng CSV UTF-8).</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
</context>
<context>
    <name>CancelDocumentDialog</name>
    <message>
        <source>Cancel a document</source>
        <translation>Hủy văn bản</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>không số</translation>
    </message>
    <message>
        <source>Cancel %1 (number %2)? The number stays used and is never given again; the file is kept.</source>
        <translation>Hủy %1 (số %2)? Số văn bản vẫn được tính là đã dùng và không cấp lại; tệp văn bản vẫn được giữ.</translation>
    </message>
    <message>
        <source>&amp;Reason for cancelling:</source>
        <translation>&amp;Lý do hủy:</translation>
    </message>
    <message>
        <source>Cancel the &amp;document</source>
        <translation>&amp;Hủy văn bản</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Giữ lại</translation>
    </message>
    <message>
        <source>Give the reason for cancelling.</source>
        <translation>Cần ghi lý do hủy văn bản.</translation>
    </message>
    <message>
        <source>Discard the reason?</source>
        <translation>Bỏ lý do đã nhập?</translation>
    </message>
    <message>
        <source>The document was not cancelled. Discard the reason you typed?</source>
        <translation>Văn bản chưa bị hủy. Bỏ lý do đã nhập?</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Title</source>
        <translation>Tên thông tin</translation>
    </message>
    <message>
        <source>Number, symbol</source>
        <translation>Số/ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Mức tiếp cận</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Đã công khai</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Words of the title, the number or the files' text (accents optional)</source>
        <translation>Từ trong tên, số/ký hiệu hoặc nội dung tệp (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation>Thê&amp;m mục…</translation>
    </message>
    <message>
        <source>Add an entry to the catalogue (Insert or Ctrl+N)</source>
        <translation>Thêm một mục vào danh mục thông tin (phím Insert hoặc Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Mở mụ&amp;c</translation>
    </message>
    <message>
        <source>Add from scan fo&amp;lder…</source>
        <translation>Thêm từ thư mục &amp;quét…</translation>
    </message>
    <message>
        <source>Add every PDF, JPG, PNG or TIFF file of a folder, one entry each, named after its file</source>
        <translation>Thêm mọi tệp PDF, JPG, PNG, TIFF của một thư mục, mỗi tệp một mục, tên mục lấy từ tên tệp</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Xuất &amp;danh mục…</translation>
    </message>
    <message>
        <source>The published list for the portal (Excel, CSV, web page) or the printed list for the notice board (PDF)</source>
        <translation>Danh mục công khai để đăng lên cổng thông tin (Excel, CSV, trang web) hoặc danh sách in để niêm yết (PDF)</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Catalogue entries</source>
        <translation>Các mục của danh mục thông tin</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation><numerusform>%n mục</numerusform></translation>
    </message>
    <message>
        <source>No entry matches these words.</source>
        <translation>Không có mục nào chứa các từ này.</translation>
    </message>
    <message>
        <source>The catalogue is empty. Add the office's information with “Add entry…” (Insert), or import the list kept in Excel.</source>
        <translation>Danh mục thông tin còn trống. Thêm thông tin của cơ quan bằng nút “Thêm mục…” (phím Insert), hoặc nhập danh mục đang lưu bằng Excel.</translation>
    </message>
    <message>
        <source>Folder of scans to add</source>
        <translation>Chọn thư mục bản quét cần thêm</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Loại tiếp cận</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cần làm</translation>
    </message>
    <message>
        <source>Linked catalogue entries</source>
        <translation>Thông tin trong danh mục đã liên kết</translation>
    </message>
    <message>
        <source>No catalogue entry is linked to this request. Search below to link one.</source>
        <translation>Chưa có thông tin nào trong danh mục được liên kết với yêu cầu này. Tìm ở phía dưới để liên kết.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <source>Redact…</source>
        <translation>Che thông tin…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Bỏ liên kết</translation>
    </message>
    <message>
        <source>Provision pac&amp;kage…</source>
        <translation>Lập gói cung cấp (&amp;S)…</translation>
    </message>
    <message>
        <source>Refuse on ground b (Mẫu 05)…</source>
        <translation>Từ chối theo điểm b (Mẫu 05)…</translation>
    </message>
    <message>
        <source>Covering letter saying where…</source>
        <translation>Công văn hướng dẫn nơi công khai…</translation>
    </message>
    <message>
        <source>Refuse on ground a (Mẫu 05)…</source>
        <translation>Từ chối theo điểm a (Mẫu 05)…</translation>
    </message>
    <message>
        <source>Attach the consent (Mẫu 06)…</source>
        <translation>Đính kèm văn bản chấp thuận (Mẫu 06)…</translation>
    </message>
    <message>
        <source>Words of the title, number or the files' text</source>
        <translation>Từ trong tên, số ký hiệu hoặc nội dung tệp</translation>
    </message>
    <message>
        <source>Find an entr&amp;y to link:</source>
        <translation>Tìm để &amp;liên kết:</translation>
    </message>
    <message>
        <source>Catalogue entries found</source>
        <translation>Thông tin tìm thấy trong danh mục</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message numerus="yes">
        <source>Package %1: %2, %n page(s), to %3</source>
        <translation><numerusform>Gói cung cấp ngày %1: %2, %n trang, ghi vào %3</numerusform></translation>
    </message>
    <message>
        <source>Provide</source>
        <translation>Cung cấp</translation>
    </message>
    <message>
        <source>Published: may refuse on ground b</source>
        <translation>Đã công khai: có thể từ chối theo điểm b</translation>
    </message>
    <message>
        <source>Not accessible: refuse on ground a</source>
        <translation>Không được tiếp cận: từ chối theo điểm a</translation>
    </message>
    <message>
        <source>Needs the consent (Mẫu 06)</source>
        <translation>Cần văn bản chấp thuận (Mẫu 06)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message numerus="yes">
        <source>Redacted copy of %1, %n area(s)</source>
        <translation><numerusform>Bản đã che của %1, %n vùng</numerusform></translation>
    </message>
    <message>
        <source>Attach the signed consent (Mẫu 06)</source>
        <translation>Đính kèm văn bản chấp thuận đã ký (Mẫu 06)</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Bản chụp (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>CatalogueSuggestions</name>
    <message>
        <source>Catalo&amp;gue entries to link</source>
        <translation>&amp;Đối chiếu danh mục thông tin</translation>
    </message>
    <message>
        <source>Matching catalogue entries</source>
        <translation>Thông tin phù hợp trong danh mục</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) will be linked to the request when it is saved.</source>
        <translation><numerusform>%n thông tin sẽ được liên kết với yêu cầu khi lưu.</numerusform></translation>
    </message>
    <message>
        <source>Space or Enter ticks an entry to link it.</source>
        <translation>Nhấn phím cách hoặc Enter để đánh dấu thông tin cần liên kết.</translation>
    </message>
    <message>
        <source>No entry of the catalogue matches the information requested.</source>
        <translation>Không có thông tin nào trong danh mục khớp với nội dung yêu cầu.</translation>
    </message>
    <message>
        <source>Entries matching the information requested appear here as you type.</source>
        <translation>Thông tin trong danh mục khớp với nội dung yêu cầu sẽ hiện ở đây khi gõ.</translation>
    </message>
</context>
<context>
    <name>CloseCorrectionDialog</name>
    <message>
        <source>Close the correction</source>
        <translation>Hoàn tất đính chính</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation>&amp;Ngày hoàn tất:</translation>
    </message>
    <message>
        <source>The open correction will be closed with the result below, and the request goes back to "%1", as before the correction. The date it was provided does not change.</source>
        <translation>Việc đính chính đang mở sẽ được hoàn tất với kết quả dưới đây; yêu cầu trở lại trạng thái "%1" như trước khi đính chính. Ngày đã cung cấp thông tin không thay đổi.</translation>
    </message>
    <message>
        <source>Close correction</source>
        <translation>Hoàn tất đính chính</translation>
    </message>
</context>
<context>
    <name>ComplaintsModel</name>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Lodged</source>
        <translation>Ngày khiếu nại, khởi kiện</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Result on</source>
        <translation>Ngày có kết quả</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <source>No complaint or lawsuit about this request.</source>
        <translation>Yêu cầu này chưa có khiếu nại, khởi kiện.</translation>
    </message>
    <message>
        <source>N&amp;ew complaint or lawsuit…</source>
        <translation>Vào &amp;sổ khiếu nại, khởi kiện…</translation>
    </message>
    <message>
        <source>Record res&amp;ult or judgment…</source>
        <translation>&amp;Lưu kết quả giải quyết…</translation>
    </message>
</context>
<context>
    <name>CorrectionsModel</name>
    <message>
        <source>Kind</source>
        <translation>Trường hợp</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ngày mở</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Nội dung sai</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ngày hoàn tất</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>CorrectionsPanel</name>
    <message>
        <source>No correction has been opened for this request.</source>
        <translation>Yêu cầu này chưa có lần đính chính nào.</translation>
    </message>
    <message>
        <source>Explain this d&amp;ue date…</source>
        <translation>X&amp;em cách tính hạn…</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi ngoài dự kiến</translation>
    </message>
    <message>
        <source>Something went wrong inside focal_desk. What you had saved is safe.
Please send the details below to your IT support.</source>
        <translation>focal_desk gặp lỗi ngoài dự kiến. Dữ liệu đã lưu vẫn an toàn.
Vui lòng gửi nội dung chi tiết dưới đây cho bộ phận hỗ trợ kỹ thuật.</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Tệp nhật ký: %1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>not sent yet: overdue</source>
        <translation>chưa gửi: đã quá hạn</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>chưa gửi</translation>
    </message>
    <message>
        <source>sent on %1, late</source>
        <translation>đã gửi ngày %1, gửi muộn</translation>
    </message>
    <message>
        <source>sent on %1</source>
        <translation>đã gửi ngày %1</translation>
    </message>
    <message>
        <source>Written notice of the time limit</source>
        <translation>Thông báo bằng văn bản về thời hạn</translation>
    </message>
    <message>
        <source>current deadline</source>
        <translation>hạn đang áp dụng</translation>
    </message>
    <message>
        <source>before the extension</source>
        <translation>hạn trước khi gia hạn</translation>
    </message>
    <message>
        <source>Provide or refuse</source>
        <translation>Cung cấp hoặc từ chối</translation>
    </message>
    <message>
        <source>Extended deadline</source>
        <translation>Hạn sau gia hạn</translation>
    </message>
    <message>
        <source>Longest extension would reach</source>
        <translation>Nếu gia hạn tối đa</translation>
    </message>
    <message>
        <source>only if an extension is granted before the deadline</source>
        <translation>chỉ khi gia hạn trước khi hết hạn</translation>
    </message>
    <message>
        <source>Correction (Article 32)</source>
        <translation>Đính chính (Điều 32)</translation>
    </message>
    <message>
        <source>Date printed on the notice</source>
        <translation>Hạn ghi trên thông báo</translation>
    </message>
    <message>
        <source>never moved without a new notice</source>
        <translation>không tự thay đổi nếu không có thông báo mới</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Bỏ nội dung đã nhập?</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Close this window and discard it?</source>
        <translation>Nội dung đã nhập chưa được lưu. Đóng cửa sổ này và bỏ nội dung đó?</translation>
    </message>
</context>
<context>
    <name>DiscardPrompt</name>
    <message>
        <source>Discard what was typed</source>
        <translation>Bỏ nội dung đã nhập</translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation>Tiếp tục nhập</translation>
    </message>
</context>
<context>
    <name>DocumentNumbering</name>
    <message>
        <source>Document numbers</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Given by the app (one series a year, from 01 on 1 January)</source>
        <translation>Chương trình tự cấp (một sổ số mỗi năm, bắt đầu từ 01 ngày 01 tháng 01)</translation>
    </message>
    <message>
        <source>Typed by the clerk when the document is issued</source>
        <translation>Văn thư cấp số, nhập khi phát hành văn bản</translation>
    </message>
    <message>
        <source>One series for every type of document</source>
        <translation>Một sổ số chung cho mọi loại văn bản</translation>
    </message>
    <message>
        <source>One series per type (TB, PTN, PGQ …)</source>
        <translation>Mỗi loại văn bản một sổ số (TB, PTN, PGQ …)</translation>
    </message>
    <message>
        <source>Nu&amp;mbers:</source>
        <translation>Cấp số th&amp;eo:</translation>
    </message>
    <message>
        <source>Ser&amp;ies:</source>
        <translation>Phạ&amp;m vi sổ số:</translation>
    </message>
</context>
<context>
    <name>DocumentOffer</name>
    <message>
        <source>Print the receipt (Mẫu 02)?</source>
        <translation>In phiếu tiếp nhận (Mẫu 02)?</translation>
    </message>
    <message>
        <source>Print the covering letter that provides the information?</source>
        <translation>In văn bản cung cấp thông tin?</translation>
    </message>
    <message>
        <source>Print a document</source>
        <translation>In văn bản</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Để &amp;sau</translation>
    </message>
</context>
<context>
    <name>DocumentOps</name>
    <message>
        <source>Print document</source>
        <translation>In văn bản</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Lưu bản sao văn bản</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>no number</source>
        <translation>không số</translation>
    </message>
    <message>
        <source>Document %1 of %2</source>
        <translation>Văn bản %1 ngày %2</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>Đang mở văn bản…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Lưu bản sao…</translation>
    </message>
    <message>
        <source>Signed digitally by %1: valid</source>
        <translation>Đã ký số bởi %1: hợp lệ</translation>
    </message>
    <message>
        <source>Signed digitally by %1: root certificate not verified</source>
        <translation>Đã ký số bởi %1: không xác minh được chứng thư gốc</translation>
    </message>
    <message>
        <source>The document cannot be shown.</source>
        <translation>Không hiển thị được văn bản.</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Signed digitally: valid</source>
        <translation>Đã ký số: hợp lệ</translation>
    </message>
    <message>
        <source>Signed digitally: root certificate not verified</source>
        <translation>Đã ký số: không xác minh được chứng thư gốc</translation>
    </message>
    <message>
        <source>Digital signature broken</source>
        <translation>Chữ ký số hỏng</translation>
    </message>
    <message>
        <source>File changed or missing</source>
        <translation>Tệp bị thay đổi hoặc không còn</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Digital signature</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Còn hiệu lực</translation>
    </message>
    <message>
        <source>Cancelled on %1: %2</source>
        <translation>Đã hủy ngày %1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Vi&amp;ew</source>
        <translation>X&amp;em</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>&amp;Lưu bản sao…</translation>
    </message>
    <message>
        <source>Cancel document…</source>
        <translation>Hủy văn bản…</translation>
    </message>
    <message>
        <source>Issue a document…</source>
        <translation>Lập văn bản…</translation>
    </message>
    <message>
        <source>Costs…</source>
        <translation>Chi phí…</translation>
    </message>
    <message>
        <source>Recorded earlier (%1)</source>
        <translation>Văn bản ghi nhận trước đây (%1)</translation>
    </message>
    <message>
        <source>No document has been issued for this request yet.</source>
        <translation>Chưa có văn bản nào được lập cho yêu cầu này.</translation>
    </message>
    <message>
        <source>Still to issue: %1</source>
        <translation>Còn phải phát hành: %1</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>New catalogue entry</source>
        <translation>Thêm mục vào danh mục thông tin</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>Mục danh mục thông tin</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
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
        <source>Catalogue entry: %1</source>
        <translation>Mục danh mục: %1</translation>
    </message>
    <message>
        <source>Linked to request(s): %1</source>
        <translation>Liên kết với yêu cầu số: %1</translation>
    </message>
    <message>
        <source>Added by %1 on %2</source>
        <translation>Người thêm: %1, lúc %2</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>Người sửa gần nhất: %1, lúc %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>EntryFields</name>
    <message>
        <source>e.g. 12/QĐ-UBND</source>
        <translation>VD: 12/QĐ-UBND</translation>
    </message>
    <message>
        <source>e.g. the commune's web portal; the notice board</source>
        <translation>VD: Cổng thông tin điện tử của xã; Bảng tin trụ sở</translation>
    </message>
    <message>
        <source>Already &amp;published</source>
        <translation>&amp;Đã công khai</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(chọn)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên thông tin:</translation>
    </message>
    <message>
        <source>&amp;Number, symbol:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <source>&amp;Date issued:</source>
        <translation>&amp;Ngày ban hành:</translation>
    </message>
    <message>
        <source>Issuing &amp;body:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại thông tin:</translation>
    </message>
    <message>
        <source>Acc&amp;ess:</source>
        <translation>Mức t&amp;iếp cận:</translation>
    </message>
    <message>
        <source>Publication (Art. 17)</source>
        <translation>Công khai thông tin (Điều 17)</translation>
    </message>
    <message>
        <source>&amp;Where published:</source>
        <translation>Nơi công &amp;khai:</translation>
    </message>
    <message>
        <source>Published &amp;from:</source>
        <translation>&amp;Bắt đầu công khai:</translation>
    </message>
    <message>
        <source>Published &amp;until:</source>
        <translation>&amp;Hết thời hạn công khai:</translation>
    </message>
    <message>
        <source>Conditional access (Art. 7)</source>
        <translation>Tiếp cận có điều kiện (Điều 7)</translation>
    </message>
    <message>
        <source>&amp;Consent of:</source>
        <translation>Người cần đồn&amp;g ý:</translation>
    </message>
    <message>
        <source>Art. 7 &amp;ground:</source>
        <translation>Căn cứ Điều &amp;7:</translation>
    </message>
    <message>
        <source>Not accessible (Art. 6)</source>
        <translation>Không được tiếp cận (Điều 6)</translation>
    </message>
    <message>
        <source>Art. 6 p&amp;oint:</source>
        <translation>Khoản Điều &amp;6:</translation>
    </message>
    <message>
        <source>Ke&amp;ywords:</source>
        <translation>Từ khó&amp;a:</translation>
    </message>
</context>
<context>
    <name>ErrorRouter</name>
    <message>
        <source>Please check</source>
        <translation>Vui lòng kiểm tra lại</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>Chưa hoàn tất được</translation>
    </message>
    <message>
        <source>This is not your mistake. Check the disk or the network and retry.</source>
        <translation>Đây không phải lỗi của bạn. Hãy kiểm tra ổ đĩa hoặc mạng rồi thử lại.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>The digital signature of this issued document is broken.</source>
        <translation>Chữ ký số của văn bản đã phát hành này không còn hợp lệ.</translation>
    </message>
    <message>
        <source>The file of this issued document is missing.</source>
        <translation>Không tìm thấy tệp của văn bản đã phát hành.</translation>
    </message>
    <message>
        <source>The file of this issued document was changed after it was issued.</source>
        <translation>Tệp của văn bản đã phát hành đã bị thay đổi sau khi phát hành.</translation>
    </message>
    <message>
        <source>Document file changed or missing</source>
        <translation>Tệp văn bản bị thay đổi hoặc bị mất</translation>
    </message>
    <message>
        <source>The original should be at:
%1

It is not opened or printed, so that no altered paper leaves the office. Put the original file back from a backup copy of the data folder; the register still holds its number, date and fingerprint (SHA-256) to check it. If the original is lost, cancel this document and issue it again.</source>
        <translation>Tệp gốc phải nằm tại:
%1

Tệp này không được mở hay in, để không có văn bản bị sửa nào ra khỏi cơ quan. Hãy chép lại tệp gốc từ bản sao lưu của thư mục dữ liệu; sổ vẫn giữ số, ngày và mã kiểm tra (SHA-256) để đối chiếu. Nếu tệp gốc đã mất, hãy hủy văn bản này và lập lại.</translation>
    </message>
    <message>
        <source>SHA-256 recorded at issue: %1</source>
        <translation>Mã SHA-256 ghi khi phát hành: %1</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Days marked "not counted" are weekends, holidays and days off in the calendar the deadline was computed with.</source>
        <translation>Những ngày "không tính" là ngày nghỉ cuối tuần, ngày lễ, Tết và ngày nghỉ bù theo lịch làm việc dùng để tính hạn.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>No deadline has been computed yet: the request is not valid yet.</source>
        <translation>Chưa có thời hạn: yêu cầu chưa được xác nhận hợp lệ.</translation>
    </message>
</context>
<context>
    <name>ExportCatalogueDialog</name>
    <message>
        <source>Export the catalogue</source>
        <translation>Xuất danh mục thông tin</translation>
    </message>
    <message>
        <source>&amp;Excel (.xlsx) for the portal</source>
        <translation>&amp;Excel (.xlsx) để đăng cổng thông tin</translation>
    </message>
    <message>
        <source>&amp;CSV for the portal</source>
        <translation>&amp;CSV để đăng cổng thông tin</translation>
    </message>
    <message>
        <source>&amp;Web page folder with the files</source>
        <translation>Thư mục trang &amp;web kèm các tệp</translation>
    </message>
    <message>
        <source>&amp;Printed list for the notice board (PDF)</source>
        <translation>Danh sách &amp;in để niêm yết (PDF)</translation>
    </message>
    <message>
        <source>&amp;All of the catalogue, every access class (the office's copy; it can be imported again)</source>
        <translation>&amp;Toàn bộ danh mục, mọi mức tiếp cận (bản lưu của cơ quan, nhập lại được)</translation>
    </message>
    <message>
        <source>File or folder to write</source>
        <translation>Tệp hoặc thư mục sẽ ghi</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Lưu vào:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Dạng tệp:</translation>
    </message>
    <message>
        <source>The portal lists hold the public entries that are published and within their publication period today.</source>
        <translation>Danh mục để đăng chỉ gồm các mục công khai đã được công khai và còn trong thời hạn công khai hôm nay.</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Folder for the web page</source>
        <translation>Thư mục cho trang web</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the catalogue to</source>
        <translation>Xuất danh mục thông tin ra</translation>
    </message>
    <message>
        <source>Exporting the catalogue…</source>
        <translation>Đang xuất danh mục thông tin…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Đã dừng xuất: không ghi tệp nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to:</source>
        <translation><numerusform>Đã xuất %n mục ra:</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Dừng</translation>
    </message>
</context>
<context>
    <name>ExportLogDialog</name>
    <message>
        <source>Export the log book</source>
        <translation>Xuất sổ theo dõi</translation>
    </message>
    <message>
        <source>P&amp;DF (to print)</source>
        <translation>P&amp;DF (để in)</translation>
    </message>
    <message>
        <source>E&amp;xcel</source>
        <translation>&amp;Excel</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>CS&amp;V</translation>
    </message>
    <message>
        <source>P&amp;ublic copy (personal data masked)</source>
        <translation>Bản &amp;công khai (che thông tin cá nhân)</translation>
    </message>
    <message>
        <source>ID numbers, phone numbers, e-mail and street addresses are masked; the commune is kept.</source>
        <translation>Số giấy tờ, số điện thoại, thư điện tử và địa chỉ chi tiết được che; giữ lại tên xã.</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Tệp sẽ ghi</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Chọn &amp;nơi lưu…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Open the f&amp;older</source>
        <translation>Mở thư &amp;mục</translation>
    </message>
    <message>
        <source>Open the fi&amp;le</source>
        <translation>Mở tệ&amp;p</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the log book to</source>
        <translation>Xuất sổ theo dõi vào tệp</translation>
    </message>
    <message>
        <source>Exporting the log book…</source>
        <translation>Đang xuất sổ theo dõi…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Đã hủy: không có tệp nào được ghi.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) exported to:</source>
        <translation><numerusform>Đã xuất %n yêu cầu vào tệp:</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the deadline</source>
        <translation>Gia hạn giải quyết</translation>
    </message>
    <message>
        <source>&amp;Reason for the extension:</source>
        <translation>&amp;Lý do gia hạn:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Ngày quyết định:</translation>
    </message>
    <message>
        <source>Only a complex request can be extended; this one is simple.</source>
        <translation>Chỉ yêu cầu phức tạp mới được gia hạn; yêu cầu này là yêu cầu đơn giản.</translation>
    </message>
    <message>
        <source>The deadline %1 has passed. The law allows an extension only before the deadline ends, so it can no longer be extended: provide or refuse now.</source>
        <translation>Đã quá thời hạn %1. Luật chỉ cho phép gia hạn trước khi hết hạn nên không thể gia hạn nữa: cần cung cấp hoặc từ chối ngay.</translation>
    </message>
    <message>
        <source>The deadline %1 will be extended once, to %2 at the latest. The requester must be told in writing before %1, with the reason (Mẫu 04).</source>
        <translation>Thời hạn %1 sẽ được gia hạn một lần, chậm nhất đến %2. Phải thông báo bằng văn bản cho người yêu cầu trước ngày %1, nêu rõ lý do (Mẫu 04).</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Gia hạn</translation>
    </message>
</context>
<context>
    <name>FeesDialog</name>
    <message>
        <source>Costs of request %1</source>
        <translation>Chi phí của yêu cầu %1</translation>
    </message>
    <message>
        <source>Costs (Circular 46/2018, area factor applied)</source>
        <translation>Chi phí (Thông tư 46/2018, đã nhân hệ số địa bàn)</translation>
    </message>
    <message>
        <source>Save &amp;costs</source>
        <translation>Lưu &amp;chi phí</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Ghi nhận nộp tiền</translation>
    </message>
    <message>
        <source>Record &amp;payment</source>
        <translation>&amp;Ghi nhận nộp tiền</translation>
    </message>
    <message>
        <source>Paid o&amp;n:</source>
        <translation>&amp;Ngày nộp:</translation>
    </message>
    <message>
        <source>&amp;Receipt number:</source>
        <translation>Số &amp;biên lai:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Số &amp;tiền:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Mức chi phí</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>P&amp;ostage:</source>
        <translation>Cước &amp;gửi:</translation>
    </message>
    <message>
        <source>Pay &amp;by:</source>
        <translation>&amp;Hạn thanh toán:</translation>
    </message>
    <message>
        <source>Total %1 · paid %2 · outstanding %3</source>
        <translation>Tổng %1 · đã nộp %2 · còn phải nộp %3</translation>
    </message>
    <message>
        <source>to be paid by %1</source>
        <translation>hạn nộp %1</translation>
    </message>
    <message>
        <source>Paid %1 on %2, receipt %3</source>
        <translation>Đã nộp %1 ngày %2, biên lai số %3</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Bỏ những thay đổi?</translation>
    </message>
    <message>
        <source>The costs or the payment you typed are not saved. Discard them?</source>
        <translation>Chi phí hoặc khoản nộp đã nhập chưa được lưu. Bỏ những gì đã nhập?</translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Save chan&amp;ges</source>
        <translation>&amp;Lưu thay đổi</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Hủy sử&amp;a</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Đối tượng:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>ID document:</source>
        <translation>Loại giấy tờ:</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>Số giấy tờ:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Nơi cư trú / địa chỉ:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Thư điện tử:</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>Fax:</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>Quốc tịch:</translation>
    </message>
    <message>
        <source>On behalf of:</source>
        <translation>Thay mặt cho:</translation>
    </message>
    <message>
        <source>Their ID number:</source>
        <translation>Số giấy tờ của người đó:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Thành viên:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Hình thức yêu cầu:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Thời điểm tiếp nhận:</translation>
    </message>
    <message>
        <source>Information requested:</source>
        <translation>Thông tin yêu cầu:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Mục đích:</translation>
    </message>
    <message>
        <source>Form of provision:</source>
        <translation>Hình thức nhận thông tin:</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <source>Delivery address:</source>
        <translation>Địa chỉ nhận:</translation>
    </message>
    <message>
        <source>Delivery email:</source>
        <translation>Thư điện tử nhận:</translation>
    </message>
    <message>
        <source>Written down by the officer for the requester</source>
        <translation>Cán bộ ghi phiếu giúp người yêu cầu</translation>
    </message>
    <message>
        <source>Consent of the person concerned attached</source>
        <translation>Có văn bản đồng ý của người liên quan</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Change what was recorded wrongly, then save. Every change is kept in the timeline.</source>
        <translation>Sửa những gì ghi chưa đúng rồi lưu. Mọi thay đổi đều được ghi lại ở thẻ Diễn biến.</translation>
    </message>
    <message>
        <source>Press Edit to correct what was recorded at intake.</source>
        <translation>Bấm Sửa để điều chỉnh thông tin đã ghi khi tiếp nhận.</translation>
    </message>
    <message>
        <source>This request is closed: its intake fields can no longer be changed.</source>
        <translation>Yêu cầu đã kết thúc: không thể sửa thông tin tiếp nhận nữa.</translation>
    </message>
</context>
<context>
    <name>FigureBanner</name>
    <message>
        <source>Remove this fi&amp;lter</source>
        <translation>&amp;Bỏ lọc</translation>
    </message>
    <message>
        <source>Filtered by: %1</source>
        <translation>Đang lọc theo: %1</translation>
    </message>
</context>
<context>
    <name>FiguresTree</name>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Figures of the period</source>
        <translation>Số liệu thống kê của kỳ</translation>
    </message>
    <message>
        <source>Enter or click: show these requests in the register</source>
        <translation>Nhấn Enter hoặc bấm vào số: xem các yêu cầu này trong sổ theo dõi</translation>
    </message>
</context>
<context>
    <name>FilesSection</name>
    <message>
        <source>Digitised files</source>
        <translation>Tệp số hóa</translation>
    </message>
    <message>
        <source>Files of the entry</source>
        <translation>Các tệp của mục</translation>
    </message>
    <message>
        <source>Drop PDF, JPEG, PNG or TIFF files here, or add them with the button.</source>
        <translation>Kéo thả tệp PDF, JPEG, PNG, TIFF vào đây, hoặc bấm nút thêm tệp.</translation>
    </message>
    <message>
        <source>Add f&amp;iles…</source>
        <translation>Thêm tệ&amp;p…</translation>
    </message>
    <message>
        <source>Open fi&amp;le</source>
        <translation>&amp;Mở tệp</translation>
    </message>
    <message>
        <source>&amp;Remove file</source>
        <translation>&amp;Xóa tệp</translation>
    </message>
    <message>
        <source>text from the PDF</source>
        <translation>có chữ từ PDF</translation>
    </message>
    <message>
        <source>text by OCR</source>
        <translation>có chữ nhận dạng (OCR)</translation>
    </message>
    <message>
        <source>no text yet</source>
        <translation>chưa có chữ</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n trang</numerusform></translation>
    </message>
    <message>
        <source>stored when the entry is saved</source>
        <translation>lưu khi lưu mục</translation>
    </message>
    <message>
        <source>Add digitised files</source>
        <translation>Thêm tệp số hóa</translation>
    </message>
    <message>
        <source>Scans and documents (%1)</source>
        <translation>Bản quét và văn bản (%1)</translation>
    </message>
    <message>
        <source>Remove the file?</source>
        <translation>Xóa tệp?</translation>
    </message>
    <message>
        <source>Remove %1 from this entry? Its text is no longer searched.</source>
        <translation>Xóa tệp %1 khỏi mục này? Nội dung tệp sẽ không còn được tìm kiếm.</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Xóa tệp</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Name, ID number, register number… (Ctrl+F)</source>
        <translation>Tìm tên, số giấy tờ, số vào sổ… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Tìm trong sổ theo dõi</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Tất cả các tháng</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Open (answer still owed)</source>
        <translation>Chưa giải quyết xong</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Mọi hình thức</translation>
    </message>
    <message>
        <source>&amp;Overdue / due soon</source>
        <translation>&amp;Quá hạn / sắp đến hạn</translation>
    </message>
    <message numerus="yes">
        <source>Open requests that are overdue or due within %n working day(s)</source>
        <translation><numerusform>Yêu cầu chưa giải quyết xong đã quá hạn hoặc đến hạn trong %n ngày làm việc tới</numerusform></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Tháng</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Trạng thá&amp;i</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>Hình thứ&amp;c</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Cả năm %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>focal_desk — first start</source>
        <translation>focal_desk — Thiết lập lần đầu</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Vui lòng sửa các ô có ghi chú màu đỏ.</translation>
    </message>
    <message>
        <source>Creating the demo office and its requests…</source>
        <translation>Đang tạo cơ quan mẫu và các yêu cầu mẫu…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Created %1 of %2 demo requests…</source>
        <translation>Đã tạo %1/%2 yêu cầu mẫu…</translation>
    </message>
    <message>
        <source>focal_desk cannot be used until the office is set up, so closing this window quits focal_desk. It will ask again at the next start.</source>
        <translation>Chưa thiết lập cơ quan thì chưa dùng được focal_desk, nên đóng cửa sổ này sẽ thoát focal_desk. Lần mở sau, chương trình sẽ hỏi lại.</translation>
    </message>
    <message>
        <source>What you typed will be lost.</source>
        <translation>Nội dung đã nhập sẽ bị bỏ.</translation>
    </message>
    <message>
        <source>Quit focal_desk?</source>
        <translation>Thoát focal_desk?</translation>
    </message>
    <message>
        <source>Quit focal_desk</source>
        <translation>Thoát focal_desk</translation>
    </message>
    <message>
        <source>Continue setting up</source>
        <translation>Tiếp tục thiết lập</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <source>Calendar file not imported</source>
        <translation>Chưa nhập được tệp lịch</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Correct these lines and import the file again:</source>
        <translation>Chưa nhập dòng nào từ %1. Hãy sửa các dòng sau rồi nhập lại tệp:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Columns expected: date,kind,name_vi,source — date as YYYY-MM-DD, kind off or work.</source>
        <translation>Các cột cần có: date,kind,name_vi,source — ngày dạng YYYY-MM-DD, loại là off (nghỉ) hoặc work (làm việc).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import the catalogue from Excel</source>
        <translation>Nhập danh mục thông tin từ Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Import the catalogue</source>
        <translation>Nhập danh mục thông tin</translation>
    </message>
    <message>
        <source>Catalogue imported</source>
        <translation>Đã nhập danh mục</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) imported.</source>
        <translation><numerusform>Đã nhập %n mục.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Catalogue not imported</source>
        <translation>Chưa nhập được danh mục</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Correct these rows in Excel and import the file again:</source>
        <translation>Chưa nhập dòng nào từ %1. Hãy sửa các dòng sau trong Excel rồi nhập lại:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New request for information</source>
        <translation>Tiếp nhận yêu cầu cung cấp thông tin</translation>
    </message>
    <message>
        <source>Save the request (Enter, Ctrl+S)</source>
        <translation>Lưu yêu cầu (Enter, Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>&amp;Save and provide</source>
        <translation>&amp;Lưu và cung cấp</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Discard this request?</source>
        <translation>Bỏ yêu cầu đang nhập?</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Close the form and discard it?</source>
        <translation>Nội dung đã nhập chưa được lưu. Đóng phiếu và bỏ những gì đã nhập?</translation>
    </message>
</context>
<context>
    <name>IssueDocumentDialog</name>
    <message>
        <source>Issue: %1</source>
        <translation>Lập văn bản: %1</translation>
    </message>
    <message>
        <source>the number the clerk gives, e.g. 05</source>
        <translation>số do văn thư cấp, VD: 05</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <source>Sign &amp;digitally</source>
        <translation>&amp;Ký số</translation>
    </message>
    <message>
        <source>Certificate pass&amp;word:</source>
        <translation>&amp;Mật khẩu chứng thư số:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Phát hành</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Lưu bản sao…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>Bản xem trước hiện ở đây.</translation>
    </message>
    <message>
        <source>(if there are costs)</source>
        <translation>(nếu có chi phí)</translation>
    </message>
    <message>
        <source>(in some cases)</source>
        <translation>(trong một số trường hợp)</translation>
    </message>
    <message>
        <source>This paper carries no number (the requester signs it).</source>
        <translation>Văn bản này không ghi số (người yêu cầu ký).</translation>
    </message>
    <message>
        <source>The office numbers by hand: type the number the clerk gives. It must not have been used this year.</source>
        <translation>Cơ quan cấp số thủ công: nhập số do văn thư cấp. Số này chưa được dùng trong năm.</translation>
    </message>
    <message>
        <source>The number is taken from the office's series when you press Issue (not before).</source>
        <translation>Số văn bản được lấy từ sổ số của cơ quan khi bấm Phát hành (không lấy trước).</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Đang chuẩn bị bản xem trước…</translation>
    </message>
    <message>
        <source>The fields changed after this preview: preview again before issuing.</source>
        <translation>Nội dung đã thay đổi sau bản xem trước này: xem trước lại trước khi phát hành.</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n page(s). Check it, then press Issue.</source>
        <translation><numerusform>Bản xem trước: %n trang. Kiểm tra rồi bấm Phát hành.</numerusform></translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Đang phát hành…</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>không số</translation>
    </message>
    <message>
        <source>Issued: %1, number %2, dated %3. The paper below is the stored file.</source>
        <translation>Đã phát hành: %1, số %2, ngày %3. Văn bản dưới đây là tệp đã lưu.</translation>
    </message>
    <message>
        <source>Opening the issued document…</source>
        <translation>Đang mở văn bản đã phát hành…</translation>
    </message>
    <message>
        <source>No preview: see the message.</source>
        <translation>Chưa có bản xem trước: xem thông báo.</translation>
    </message>
    <message>
        <source>Discard this document?</source>
        <translation>Bỏ văn bản này?</translation>
    </message>
    <message>
        <source>What you typed for this document has not been issued. Discard it?</source>
        <translation>Nội dung đã nhập cho văn bản này chưa được phát hành. Bỏ những gì đã nhập?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Mạng điện tử</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Bưu chính</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mới tiếp nhận</translation>
    </message>
    <message>
        <source>Awaiting supplement</source>
        <translation>Chờ bổ sung</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Đã gia hạn</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>Đã cung cấp</translation>
    </message>
    <message>
        <source>Partly provided</source>
        <translation>Cung cấp một phần</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Sent to the responsible agency</source>
        <translation>Hướng dẫn sang cơ quan có trách nhiệm</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút yêu cầu</translation>
    </message>
    <message>
        <source>Being corrected</source>
        <translation>Đang đính chính</translation>
    </message>
    <message>
        <source>Simple, available</source>
        <translation>Đơn giản, có sẵn</translation>
    </message>
    <message>
        <source>Complex, must be gathered</source>
        <translation>Phức tạp, cần tập hợp</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <source>Authorised person</source>
        <translation>Người được ủy quyền</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Người đại diện theo pháp luật</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <source>Foreigner residing in Viet Nam</source>
        <translation>Người nước ngoài cư trú tại Việt Nam</translation>
    </message>
    <message>
        <source>Organisation on behalf of members</source>
        <translation>Tổ chức yêu cầu thay thành viên</translation>
    </message>
    <message>
        <source>Citizen ID (CCCD)</source>
        <translation>Căn cước / CCCD</translation>
    </message>
    <message>
        <source>Personal ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <source>Old ID card (CMND)</source>
        <translation>Chứng minh nhân dân (CMND)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Giấy tờ khác</translation>
    </message>
    <message>
        <source>Read, view or listen on site</source>
        <translation>Đọc, xem, nghe, ghi chép tại chỗ</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Nhận bản sao, bản chụp</translation>
    </message>
    <message>
        <source>Photograph the documents</source>
        <translation>Chụp tài liệu</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>Qua thư điện tử</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Qua dịch vụ bưu chính</translation>
    </message>
    <message>
        <source>By fax</source>
        <translation>Qua fax</translation>
    </message>
    <message>
        <source>Download address or access code</source>
        <translation>Địa chỉ tải / mã truy cập</translation>
    </message>
    <message>
        <source>The agency found the information wrong</source>
        <translation>Cơ quan phát hiện thông tin sai</translation>
    </message>
    <message>
        <source>The requester asks for a correction</source>
        <translation>Người yêu cầu đề nghị đính chính</translation>
    </message>
    <message>
        <source>Asked the agency that created it to check</source>
        <translation>Đề nghị cơ quan tạo ra thông tin kiểm tra</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Lawsuit</source>
        <translation>Khởi kiện</translation>
    </message>
    <message>
        <source>at once (the same day)</source>
        <translation>ngay trong ngày</translation>
    </message>
</context>
<context>
    <name>LostNumbersBanner</name>
    <message>
        <source>Hi&amp;de</source>
        <translation>Ẩn thông bá&amp;o</translation>
    </message>
    <message>
        <source>The requests were entered again</source>
        <translation>Đã vào sổ lại các yêu cầu này</translation>
    </message>
    <message numerus="yes">
        <source>%n register number(s) issued after the restored backup are not in the register: %1. Enter those requests again from the paper receipts.</source>
        <translation><numerusform>%n số đã cấp sau thời điểm của bản sao lưu được khôi phục không có trong sổ: %1. Hãy vào sổ lại các yêu cầu này theo phiếu giấy.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>focal_desk — Information request register</source>
        <translation>focal_desk — Sổ theo dõi yêu cầu cung cấp thông tin</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Sổ theo dõi</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Calendar &amp; rules</source>
        <translation>Lịch &amp; quy định</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Danh mục thông tin</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Tệ&amp;p</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Sao lưu &amp;ngay…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Export the log book…</source>
        <translation>&amp;Xuất sổ theo dõi…</translation>
    </message>
    <message>
        <source>Export for the &amp;province…</source>
        <translation>&amp;Lập tệp gửi tỉnh…</translation>
    </message>
    <message>
        <source>Switch &amp;officer…</source>
        <translation>Đổi &amp;cán bộ…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Yêu cầu</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>Yêu cầu &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About focal_desk</source>
        <translation>&amp;Giới thiệu focal_desk</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Dữ liệu: %1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Cán bộ: %1</translation>
    </message>
    <message>
        <source>Officer: not set (Ctrl+Shift+O)</source>
        <translation>Cán bộ: chưa nhập tên (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Every change is recorded under this name. Switch: Ctrl+Shift+O</source>
        <translation>Mọi thao tác được ghi vào lịch sử dưới tên này. Đổi cán bộ: Ctrl+Shift+O</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) shown</source>
        <translation><numerusform>Đang hiển thị %n yêu cầu</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>%n yêu cầu quá hạn</numerusform></translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Không có yêu cầu quá hạn</translation>
    </message>
    <message>
        <source>About focal_desk</source>
        <translation>Giới thiệu focal_desk</translation>
    </message>
    <message>
        <source>focal_desk keeps the register of requests for information under the Law on Access to Information (104/2016/QH13) and its legal deadlines.</source>
        <translation>focal_desk lập sổ theo dõi yêu cầu cung cấp thông tin theo Luật Tiếp cận thông tin (số 104/2016/QH13) và theo dõi thời hạn giải quyết theo luật.</translation>
    </message>
    <message>
        <source>The register is read-only</source>
        <translation>Sổ theo dõi chỉ xem</translation>
    </message>
</context>
<context>
    <name>MarkValidDialog</name>
    <message>
        <source>Confirm the request is valid</source>
        <translation>Xác nhận yêu cầu hợp lệ</translation>
    </message>
    <message>
        <source>&amp;Valid on:</source>
        <translation>&amp;Ngày hợp lệ:</translation>
    </message>
    <message>
        <source>Information is:</source>
        <translation>Thông tin:</translation>
    </message>
    <message>
        <source>&amp;Reason it is complex:</source>
        <translation>&amp;Lý do phức tạp:</translation>
    </message>
    <message>
        <source>The request will be recorded as complete and valid. The legal time limit starts the day after the valid date and the deadlines are computed with the rule set in force on that date.</source>
        <translation>Yêu cầu sẽ được ghi nhận là đầy đủ, hợp lệ. Thời hạn giải quyết tính từ ngày hôm sau ngày hợp lệ, theo bộ quy tắc có hiệu lực vào ngày đó.</translation>
    </message>
    <message>
        <source>Complex requests have a longer time limit, can be extended once, and need a written notice of the time limit (Mẫu 03) unless the requester came in person.</source>
        <translation>Yêu cầu phức tạp có thời hạn dài hơn, được gia hạn một lần và phải thông báo bằng văn bản về thời hạn (Mẫu 03), trừ khi người yêu cầu đến trực tiếp.</translation>
    </message>
    <message>
        <source>Confirm valid</source>
        <translation>Xác nhận hợp lệ</translation>
    </message>
    <message>
        <source>Say why the information must be gathered.</source>
        <translation>Cần ghi lý do phải tập hợp thông tin.</translation>
    </message>
</context>
<context>
    <name>MembersEditor</name>
    <message>
        <source>Add m&amp;ember</source>
        <translation>Thê&amp;m thành viên</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Bỏ thành viên</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số giấy tờ tùy thân</translation>
    </message>
    <message>
        <source>Reason and purpose</source>
        <translation>Lý do, mục đích</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <source>Export for the province</source>
        <translation>Lập tệp gửi tỉnh</translation>
    </message>
    <message>
        <source>Month %1/%2</source>
        <translation>Tháng %1/%2</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Tháng:</translation>
    </message>
</context>
<context>
    <name>MovedDialog</name>
    <message>
        <source>Deadlines recomputed</source>
        <translation>Đã tính lại hạn giải quyết</translation>
    </message>
    <message numerus="yes">
        <source>The deadlines of %n open request(s) were recomputed on the new calendar.</source>
        <translation><numerusform>Đã tính lại hạn của %n yêu cầu đang giải quyết theo lịch mới.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) moved:</source>
        <translation><numerusform>Có %n yêu cầu thay đổi hạn:</numerusform></translation>
    </message>
    <message>
        <source>No deadline moved.</source>
        <translation>Không có hạn nào thay đổi.</translation>
    </message>
    <message>
        <source>Flagged: a notice already carries the old date; check it and tell the requester</source>
        <translation>Cần xem lại: thông báo đã gửi ghi hạn cũ; hãy kiểm tra và báo lại người yêu cầu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Đã cập nhật</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>Số vào sổ</translation>
    </message>
    <message>
        <source>Old deadline</source>
        <translation>Hạn cũ</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Hạn mới</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Ẩn thông báo này</translation>
    </message>
</context>
<context>
    <name>OcrPanel</name>
    <message>
        <source>Recognise te&amp;xt (OCR)</source>
        <translation>Nhận dạng chữ (&amp;OCR)</translation>
    </message>
    <message>
        <source>Stop OCR</source>
        <translation>Dừng nhận dạng</translation>
    </message>
    <message>
        <source>Save the entry first: then its scans can be read.</source>
        <translation>Lưu mục trước, rồi mới nhận dạng chữ trong bản quét được.</translation>
    </message>
    <message>
        <source>This file has its text already.</source>
        <translation>Tệp này đã có chữ.</translation>
    </message>
    <message>
        <source>Read the text of a scan with Tesseract (Vietnamese), so that search finds its words.</source>
        <translation>Đọc chữ trong bản quét bằng Tesseract (tiếng Việt) để tìm kiếm được nội dung.</translation>
    </message>
    <message>
        <source>Reading the text of %1…</source>
        <translation>Đang nhận dạng chữ trong %1…</translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation>Sẽ dừng sau trang này…</translation>
    </message>
    <message>
        <source>Page %1 of %2 read</source>
        <translation>Đã đọc trang %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Text recognised: %n character(s), now found by search.</source>
        <translation><numerusform>Đã nhận dạng %n ký tự, từ nay tìm kiếm được.</numerusform></translation>
    </message>
    <message>
        <source>No text was found on these pages.</source>
        <translation>Không tìm thấy chữ nào trên các trang này.</translation>
    </message>
    <message>
        <source>OCR stopped: nothing was stored.</source>
        <translation>Đã dừng nhận dạng: chưa lưu gì.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Set up your office</source>
        <translation>Khai báo cơ quan</translation>
    </message>
    <message>
        <source>You can change this later on the Office page.</source>
        <translation>Có thể sửa lại sau ở trang Cơ quan.</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Switch officer</source>
        <translation>Đổi cán bộ</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Hoa</source>
        <translation>VD: Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <source>&amp;Name of the officer at the desk:</source>
        <translation>&amp;Họ tên cán bộ đang làm việc:</translation>
    </message>
    <message>
        <source>Every change made from now on is recorded in the history under this name.</source>
        <translation>Từ bây giờ, mọi thao tác được ghi vào lịch sử dưới tên này.</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>Đổ&amp;i cán bộ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>OpenCorrectionDialog</name>
    <message>
        <source>Open a correction</source>
        <translation>Mở đính chính</translation>
    </message>
    <message>
        <source>&amp;Who found it wrong:</source>
        <translation>&amp;Ai phát hiện sai:</translation>
    </message>
    <message>
        <source>What is w&amp;rong:</source>
        <translation>Nội &amp;dung sai:</translation>
    </message>
    <message>
        <source>Opened &amp;on:</source>
        <translation>&amp;Ngày mở:</translation>
    </message>
    <message>
        <source>The agency corrects it and provides it again within %1.</source>
        <translation>Cơ quan đính chính và cung cấp lại trong %1.</translation>
    </message>
    <message>
        <source>The requester must get an answer within %1.</source>
        <translation>Phải trả lời người yêu cầu trong %1.</translation>
    </message>
    <message>
        <source>The agency that created it is asked to check within %1.</source>
        <translation>Đề nghị cơ quan tạo ra thông tin kiểm tra trong %1.</translation>
    </message>
    <message>
        <source>A correction (Article 32) will be opened and the request will be "being corrected" until it is closed. Its own deadline is counted from the date below.</source>
        <translation>Một lần đính chính (Điều 32) sẽ được mở; yêu cầu ở trạng thái "Đang đính chính" cho đến khi hoàn tất. Hạn đính chính tính từ ngày dưới đây.</translation>
    </message>
    <message>
        <source>Open correction</source>
        <translation>Mở đính chính</translation>
    </message>
</context>
<context>
    <name>OutcomeBox</name>
    <message>
        <source>Processing</source>
        <translation>Quá trình giải quyết</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Supplement asked for:</source>
        <translation>Nội dung đề nghị bổ sung:</translation>
    </message>
    <message>
        <source>Valid on:</source>
        <translation>Ngày hợp lệ:</translation>
    </message>
    <message>
        <source>Complexity:</source>
        <translation>Tính chất:</translation>
    </message>
    <message>
        <source>Notice of time limit sent:</source>
        <translation>Đã gửi thông báo thời hạn:</translation>
    </message>
    <message>
        <source>Reason for extension:</source>
        <translation>Lý do gia hạn:</translation>
    </message>
    <message>
        <source>How it was provided:</source>
        <translation>Hình thức đã cung cấp:</translation>
    </message>
    <message>
        <source>Article 28.1.%1</source>
        <translation>Điểm %1 khoản 1 Điều 28</translation>
    </message>
    <message>
        <source>Refused under:</source>
        <translation>Căn cứ từ chối:</translation>
    </message>
    <message>
        <source>Reason for refusal:</source>
        <translation>Lý do từ chối:</translation>
    </message>
    <message>
        <source>Part not provided:</source>
        <translation>Phần không cung cấp:</translation>
    </message>
    <message>
        <source>Responsible agency:</source>
        <translation>Cơ quan có trách nhiệm:</translation>
    </message>
    <message>
        <source>Reason for withdrawal:</source>
        <translation>Lý do rút yêu cầu:</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>Ngày kết thúc:</translation>
    </message>
    <message>
        <source>Provided before:</source>
        <translation>Đã cung cấp trước đây:</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier provision(s) of the same information to this requester (Article 28.1.d)</source>
        <translation><numerusform>%n lần đã cung cấp cùng thông tin này cho người yêu cầu (điểm d khoản 1 Điều 28)</numerusform></translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <source>Page image: Ins adds an area, arrows move it, Shift+arrows resize it</source>
        <translation>Ảnh trang: Ins thêm vùng, phím mũi tên di chuyển, Shift+mũi tên đổi kích thước</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Từ ngày – đến ngày</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Loại kỳ báo cáo</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
</context>
<context>
    <name>ProvideDialog</name>
    <message>
        <source>Record provision</source>
        <translation>Ghi nhận cung cấp thông tin</translation>
    </message>
    <message>
        <source>&amp;Everything requested</source>
        <translation>&amp;Toàn bộ thông tin yêu cầu</translation>
    </message>
    <message>
        <source>&amp;Only part of it</source>
        <translation>&amp;Một phần</translation>
    </message>
    <message>
        <source>Provided:</source>
        <translation>Đã cung cấp:</translation>
    </message>
    <message>
        <source>&amp;How it was provided:</source>
        <translation>&amp;Hình thức đã cung cấp:</translation>
    </message>
    <message>
        <source>Part &amp;not provided and why:</source>
        <translation>&amp;Phần không cung cấp và lý do:</translation>
    </message>
    <message>
        <source>&amp;Date provided:</source>
        <translation>&amp;Ngày cung cấp:</translation>
    </message>
    <message>
        <source>The request will be closed as partly provided. The requester must be told in writing which part is not provided and why.</source>
        <translation>Yêu cầu sẽ kết thúc ở trạng thái cung cấp một phần. Phải thông báo bằng văn bản cho người yêu cầu phần thông tin không cung cấp và lý do.</translation>
    </message>
    <message>
        <source>The request will be closed as provided: the requester received all the information asked for.</source>
        <translation>Yêu cầu sẽ kết thúc ở trạng thái đã cung cấp: người yêu cầu đã nhận đủ thông tin.</translation>
    </message>
</context>
<context>
    <name>ProvinceExport</name>
    <message>
        <source>Export for the province</source>
        <translation>Lập tệp gửi tỉnh</translation>
    </message>
    <message>
        <source>Summary for the province (*.json)</source>
        <translation>Gói tổng hợp gửi tỉnh (*.json)</translation>
    </message>
    <message>
        <source>The summary of %1, revision %2, was written to %3. Hand the file to the province.</source>
        <translation>Đã ghi gói tổng hợp tháng %1, lần %2, vào tệp %3. Hãy chuyển tệp này cho tỉnh.</translation>
    </message>
</context>
<context>
    <name>ProvisionDialog</name>
    <message>
        <source>Provision package: request %1</source>
        <translation>Gói cung cấp thông tin: yêu cầu %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>&amp;Files provided</source>
        <translation>Các tệp cung cấ&amp;p</translation>
    </message>
    <message>
        <source>&amp;Printed</source>
        <translation>&amp;In ra giấy</translation>
    </message>
    <message>
        <source>&amp;E-mail (.eml to send from your mail program)</source>
        <translation>Thư điện tử (&amp;E): tệp .eml gửi từ chương trình thư của anh/chị</translation>
    </message>
    <message>
        <source>Fol&amp;der (USB stick)</source>
        <translation>&amp;Thư mục (USB)</translation>
    </message>
    <message>
        <source>&amp;ZIP file</source>
        <translation>Tệp &amp;ZIP</translation>
    </message>
    <message>
        <source>How it leaves the office</source>
        <translation>Hình thức giao</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>Nơi &amp;ghi:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>Enclose the covering &amp;letter (it lists the files)</source>
        <translation>Kèm &amp;công văn cung cấp thông tin (liệt kê các tệp)</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Đã ghi</translation>
    </message>
    <message>
        <source>&amp;Build the package</source>
        <translation>&amp;Lập gói</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Loading the linked entries…</source>
        <translation>Đang tải các thông tin đã liên kết…</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Bản gốc: %1</translation>
    </message>
    <message numerus="yes">
        <source>Redacted copy of %1, %n area(s)</source>
        <translation><numerusform>Bản đã che của %1, %n vùng</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>given %n time(s) before</source>
        <translation><numerusform>đã cung cấp %n lần trước</numerusform></translation>
    </message>
    <message>
        <source>The covering letter can be enclosed once the provision is recorded on the request (Provide…); a package without it can be made now.</source>
        <translation>Công văn cung cấp thông tin được kèm theo sau khi ghi nhận việc cung cấp (Cung cấp…); bây giờ có thể lập gói không kèm công văn.</translation>
    </message>
    <message>
        <source>No catalogue entry is linked to this request: link one in the request file first.</source>
        <translation>Chưa có thông tin nào trong danh mục được liên kết với yêu cầu này: hãy liên kết trong hồ sơ yêu cầu trước.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) were already made for this request.</source>
        <translation><numerusform>Đã lập %n gói cung cấp cho yêu cầu này.</numerusform></translation>
    </message>
    <message>
        <source>Provision %1</source>
        <translation>Cung cấp %1</translation>
    </message>
    <message>
        <source>Folder to write the package in</source>
        <translation>Thư mục để ghi gói</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>Thư điện tử (*.eml)</translation>
    </message>
    <message>
        <source>ZIP (*.zip)</source>
        <translation>Tệp ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Write the package to</source>
        <translation>Ghi gói vào</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) chosen.</source>
        <translation><numerusform>Đã chọn %n trang.</numerusform></translation>
    </message>
    <message>
        <source>Printing puts them in the copy cost (Circular 46).</source>
        <translation>Khi in, số trang được tính vào chi phí sao chụp (Thông tư 46).</translation>
    </message>
    <message>
        <source>Building the package…</source>
        <translation>Đang lập gói…</translation>
    </message>
    <message>
        <source>The package was written to %1 and recorded on the request.</source>
        <translation>Đã ghi gói vào %1 và ghi nhận vào hồ sơ yêu cầu.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) went into the copy cost line (Circular 46).</source>
        <translation><numerusform>Đã tính %n trang vào dòng chi phí sao chụp (Thông tư 46).</numerusform></translation>
    </message>
    <message>
        <source>The costs were not changed: %1</source>
        <translation>Chưa cập nhật chi phí: %1</translation>
    </message>
    <message>
        <source>Print the files in the folder.</source>
        <translation>Hãy in các tệp trong thư mục.</translation>
    </message>
    <message>
        <source>Open the .eml in your mail program, check it and send it.</source>
        <translation>Mở tệp .eml bằng chương trình thư, kiểm tra rồi gửi đi.</translation>
    </message>
    <message>
        <source>&amp;Open the e-mail</source>
        <translation>&amp;Mở thư</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Mở thư mục</translation>
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
        <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Dừng</translation>
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
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
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
        <translation>Sao chép địa &amp;chỉ liên kết</translation>
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
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
</context>
<context>
    <name>ReceiptSection</name>
    <message>
        <source>Receipt</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kênh tiếp nhận</translation>
    </message>
    <message>
        <source>&amp;Received at</source>
        <translation>&amp;Thời điểm tiếp nhận</translation>
    </message>
    <message>
        <source>The request is complete and &amp;valid now</source>
        <translation>Yê&amp;u cầu đã đầy đủ, hợp lệ ngay</translation>
    </message>
    <message>
        <source>Valid on</source>
        <translation>Ngày hợp lệ</translation>
    </message>
    <message>
        <source>Why the information must be gathered</source>
        <translation>Vì sao cần thời gian tập hợp thông tin</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do phức tạp</translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message>
        <source>Redact: %1</source>
        <translation>Che thông tin: %1</translation>
    </message>
    <message>
        <source>Pa&amp;ges:</source>
        <translation>T&amp;rang:</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>Thu &amp;phóng:</translation>
    </message>
    <message>
        <source>Drag on the page, or press Ins, to mark an area. Arrows move it (Ctrl: finely), Shift+arrows resize it, Del removes it. PageUp/PageDown turn the page.</source>
        <translation>Kéo chuột trên trang hoặc nhấn Ins để đánh dấu vùng. Phím mũi tên di chuyển vùng (Ctrl: từng chút), Shift+mũi tên đổi kích thước, Del bỏ vùng. PageUp/PageDown sang trang.</translation>
    </message>
    <message>
        <source>&amp;Areas to remove:</source>
        <translation>&amp;Vùng cần che:</translation>
    </message>
    <message>
        <source>— choose the ground —</source>
        <translation>— chọn căn cứ —</translation>
    </message>
    <message>
        <source>Gro&amp;und (Art. 6 / Art. 7):</source>
        <translation>Căn &amp;cứ che (Điều 6 / Điều 7):</translation>
    </message>
    <message>
        <source>&amp;Remove area</source>
        <translation>&amp;Bỏ vùng</translation>
    </message>
    <message>
        <source>e.g. a name or an ID number</source>
        <translation>VD: họ tên hoặc số giấy tờ</translation>
    </message>
    <message>
        <source>&amp;Find a phrase:</source>
        <translation>&amp;Tìm cụm từ:</translation>
    </message>
    <message>
        <source>Mark all</source>
        <translation>Đánh dấu tất cả</translation>
    </message>
    <message>
        <source>&amp;Write the redacted copy</source>
        <translation>&amp;Ghi bản đã che</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Đang mở tệp…</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1 / %2</translation>
    </message>
    <message>
        <source>no ground yet</source>
        <translation>chưa có căn cứ</translation>
    </message>
    <message>
        <source>Page %1: %2 × %3 pt — %4</source>
        <translation>Trang %1: %2 × %3 pt — %4</translation>
    </message>
    <message>
        <source>The phrase is not in the file's text (a scan without text has none: mark it by hand).</source>
        <translation>Không tìm thấy cụm từ trong nội dung tệp (bản chụp không có lớp chữ: hãy đánh dấu bằng tay).</translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) marked.</source>
        <translation><numerusform>Đã đánh dấu %n chỗ.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Choose the ground of every area before writing the copy (%n without one).</source>
        <translation><numerusform>Hãy chọn căn cứ che cho mọi vùng trước khi ghi bản đã che (còn %n vùng chưa có).</numerusform></translation>
    </message>
    <message>
        <source>Writing the redacted copy…</source>
        <translation>Đang ghi bản đã che…</translation>
    </message>
    <message>
        <source>Stopped: no copy was written.</source>
        <translation>Đã dừng: chưa ghi bản nào.</translation>
    </message>
    <message>
        <source>The redacted copy was written: %1 page(s), %2 area(s) removed. The original is unchanged; the copy is offered when the package is made.</source>
        <translation>Đã ghi bản đã che: %1 trang, đã xóa %2 vùng. Bản gốc không thay đổi; bản đã che có trong lựa chọn khi lập gói cung cấp.</translation>
    </message>
    <message>
        <source>Discard the marked areas?</source>
        <translation>Bỏ các vùng đã đánh dấu?</translation>
    </message>
    <message>
        <source>The areas marked have not been written to a copy. Close and discard them?</source>
        <translation>Các vùng đã đánh dấu chưa được ghi thành bản đã che. Đóng cửa sổ và bỏ chúng?</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <source>Refuse the request</source>
        <translation>Từ chối yêu cầu</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Căn cứ:</translation>
    </message>
    <message>
        <source>Legal text:</source>
        <translation>Quy định:</translation>
    </message>
    <message>
        <source>&amp;Specific reason:</source>
        <translation>&amp;Lý do cụ thể:</translation>
    </message>
    <message>
        <source>&amp;Earlier provisions:</source>
        <translation>Các lần cung cấp &amp;trước:</translation>
    </message>
    <message>
        <source>Only if the register does not show them, e.g. "provided on paper on 05/03/2024 and 12/08/2025"</source>
        <translation>Chỉ ghi khi sổ theo dõi không có, ví dụ: "đã cung cấp theo sổ giấy ngày 05/03/2024 và 12/08/2025"</translation>
    </message>
    <message>
        <source>Refused &amp;on:</source>
        <translation>&amp;Ngày từ chối:</translation>
    </message>
    <message>
        <source>Article 28.1.%1 — %2</source>
        <translation>Điểm %1 khoản 1 Điều 28 — %2</translation>
    </message>
    <message>
        <source>The request will be recorded as refused under Article 28.1.%1. The requester must receive a written refusal (Mẫu 05) giving this reason.</source>
        <translation>Yêu cầu sẽ được ghi nhận là bị từ chối theo điểm %1 khoản 1 Điều 28. Phải gửi người yêu cầu văn bản từ chối (Mẫu 05) nêu rõ lý do này.</translation>
    </message>
    <message numerus="yes">
        <source>This information was already provided to this requester %n time(s).</source>
        <translation><numerusform>Thông tin này đã được cung cấp cho người yêu cầu %n lần.</numerusform></translation>
    </message>
    <message>
        <source>Article 28.1.d needs two earlier provisions of this information to this requester. The register shows %1: say below where the earlier provisions are recorded.</source>
        <translation>Điểm d khoản 1 Điều 28 cần thông tin này đã được cung cấp 02 lần cho chính người yêu cầu. Sổ theo dõi ghi %1 lần: hãy ghi rõ dưới đây các lần cung cấp trước được ghi nhận ở đâu.</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Từ chối</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>No.</source>
        <translation>Số vào sổ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>Thông tin yêu cầu</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n working day(s)</source>
        <translation><numerusform>Đến hạn trong %n ngày làm việc tới</numerusform></translation>
    </message>
    <message>
        <source>Notice of the time limit overdue since %1</source>
        <translation>Quá hạn gửi thông báo thời hạn từ %1</translation>
    </message>
    <message>
        <source>Extended; first deadline %1</source>
        <translation>Đã gia hạn; hạn ban đầu %1</translation>
    </message>
</context>
<context>
    <name>RegisterProblem</name>
    <message>
        <source>The register file is damaged</source>
        <translation>Tệp sổ theo dõi bị hỏng</translation>
    </message>
    <message>
        <source>The register file is missing</source>
        <translation>Không tìm thấy sổ theo dõi</translation>
    </message>
    <message>
        <source>The register file was replaced</source>
        <translation>Tệp sổ theo dõi đã bị thay</translation>
    </message>
    <message>
        <source>Requests are missing from the register file</source>
        <translation>Tệp sổ theo dõi thiếu các yêu cầu đã vào sổ</translation>
    </message>
    <message>
        <source>The register cannot be written to</source>
        <translation>Không ghi được vào sổ theo dõi</translation>
    </message>
</context>
<context>
    <name>RegisterProblemBox</name>
    <message>
        <source>Writing to the register is stopped, so that nothing more is lost and no register number is issued twice. You can still look at the register.</source>
        <translation>Chương trình đã ngừng ghi vào sổ theo dõi để không mất thêm dữ liệu và không cấp trùng số. Vẫn có thể xem sổ theo dõi.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Để &amp;sau</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Notes on the rule sets</source>
        <translation>Lưu ý về bộ quy tắc</translation>
    </message>
    <message>
        <source>Loading the register…</source>
        <translation>Đang mở sổ theo dõi…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <source>Register of requests</source>
        <translation>Sổ theo dõi yêu cầu</translation>
    </message>
    <message>
        <source>Note on the rule set: %1</source>
        <translation>Lưu ý về bộ quy tắc: %1</translation>
    </message>
    <message>
        <source>The register could not be read.</source>
        <translation>Không đọc được sổ theo dõi.</translation>
    </message>
    <message>
        <source>The register is empty.
Record the first request with Request ▸ New request (Ctrl+N).</source>
        <translation>Sổ theo dõi chưa có yêu cầu nào.
Ghi yêu cầu đầu tiên bằng Yêu cầu ▸ Yêu cầu mới (Ctrl+N).</translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation>Không có yêu cầu nào khớp với bộ lọc.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report: %1</source>
        <translation>Báo cáo: %1</translation>
    </message>
    <message>
        <source>The report holds the figures and charts of %1. Add what the head of the office and the province should know (optional).</source>
        <translation>Báo cáo gồm số liệu và biểu đồ của %1. Ghi thêm những điều lãnh đạo cơ quan và tỉnh cần biết (không bắt buộc).</translation>
    </message>
    <message>
        <source>&amp;Difficulties and obstacles:</source>
        <translation>&amp;Khó khăn, vướng mắc:</translation>
    </message>
    <message>
        <source>Re&amp;commendations and proposals:</source>
        <translation>Kiến &amp;nghị, đề xuất:</translation>
    </message>
    <message>
        <source>&amp;Make the report</source>
        <translation>&amp;Lập báo cáo</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Lưu thành &amp;PDF…</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>In báo cáo</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation><numerusform>Đã gửi %n trang tới máy in.</numerusform></translation>
    </message>
</context>
<context>
    <name>RequestFileDialog</name>
    <message>
        <source>Request file</source>
        <translation>Hồ sơ yêu cầu</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Yêu cầu</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Thời hạn</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Diễn biến</translation>
    </message>
    <message>
        <source>C&amp;orrections</source>
        <translation>Đính &amp;chính</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Khiế&amp;u nại, khởi kiện</translation>
    </message>
    <message>
        <source>Attac&amp;hments</source>
        <translation>Tệp đính &amp;kèm</translation>
    </message>
    <message>
        <source>Docu&amp;ments</source>
        <translation>&amp;Văn bản</translation>
    </message>
    <message>
        <source>Catalogue links</source>
        <translation>Thông tin &amp;đã liên kết</translation>
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
        <source>Expla&amp;in…</source>
        <translation>&amp;Giải thích…</translation>
    </message>
    <message>
        <source>Explain the calc&amp;ulation…</source>
        <translation>X&amp;em cách tính…</translation>
    </message>
    <message>
        <source>Request %1 — %2</source>
        <translation>Yêu cầu %1 — %2</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Số %1</translation>
    </message>
    <message>
        <source>Note on the rule set: %1</source>
        <translation>Lưu ý về bộ quy tắc: %1</translation>
    </message>
    <message>
        <source>Rule set: %1</source>
        <translation>Bộ quy tắc: %1</translation>
    </message>
    <message>
        <source>No deadline yet: the time limit starts when the request is confirmed valid.</source>
        <translation>Chưa có thời hạn: thời hạn bắt đầu tính khi yêu cầu được xác nhận hợp lệ.</translation>
    </message>
    <message>
        <source>No deadline yet</source>
        <translation>Chưa có thời hạn</translation>
    </message>
    <message>
        <source>Correction due: %1</source>
        <translation>Hạn đính chính: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Hạn giải quyết: %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Quá hạn từ %1</translation>
    </message>
    <message>
        <source>Notice of the time limit overdue since %1</source>
        <translation>Quá hạn gửi thông báo thời hạn từ %1</translation>
    </message>
    <message>
        <source>Deadline needs attention: %1</source>
        <translation>Cần xem lại thời hạn: %1</translation>
    </message>
    <message>
        <source>The notice of the time limit was sent late: on %1, due by %2.</source>
        <translation>Thông báo thời hạn giải quyết đã gửi muộn: gửi ngày %1, hạn gửi %2.</translation>
    </message>
    <message numerus="yes">
        <source>This information was already provided to this requester %n time(s) (Article 28.1.d).</source>
        <translation><numerusform>Thông tin này đã được cung cấp cho người yêu cầu %n lần (điểm d khoản 1 Điều 28).</numerusform></translation>
    </message>
    <message>
        <source>Earlier provisions (Article 28.1.d): %1</source>
        <translation>Các lần cung cấp trước (điểm d khoản 1 Điều 28): %1</translation>
    </message>
    <message>
        <source>Request %1: deadline %2</source>
        <translation>Yêu cầu %1: hạn %2</translation>
    </message>
    <message>
        <source>Correction (%1): due %2</source>
        <translation>Đính chính (%1): hạn %2</translation>
    </message>
    <message>
        <source>How the deadline is counted</source>
        <translation>Cách tính thời hạn</translation>
    </message>
    <message>
        <source>Covering letter</source>
        <translation>Công văn cung cấp thông tin</translation>
    </message>
    <message>
        <source>The covering letter is issued once the provision is recorded (Provide…). It will then list where the linked published information can be found.</source>
        <translation>Công văn cung cấp thông tin được lập sau khi ghi nhận việc cung cấp (Cung cấp…). Công văn sẽ ghi rõ nơi công khai của các thông tin đã liên kết.</translation>
    </message>
</context>
<context>
    <name>RequestSection</name>
    <message>
        <source>Information requested</source>
        <translation>Thông tin được yêu cầu</translation>
    </message>
    <message>
        <source>Name the documents: number, date, issuing body, title; or describe the records</source>
        <translation>Ghi rõ văn bản: số, ngày, cơ quan ban hành, trích yếu; hoặc mô tả hồ sơ, tài liệu</translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation>&amp;Nội dung yêu cầu</translation>
    </message>
    <message>
        <source>Reason and p&amp;urpose</source>
        <translation>Lý &amp;do, mục đích</translation>
    </message>
    <message>
        <source>C&amp;opies</source>
        <translation>Số &amp;bản</translation>
    </message>
    <message>
        <source>&amp;Form of provision</source>
        <translation>Hình thức &amp;cung cấp</translation>
    </message>
    <message>
        <source>Provide no&amp;w: answered at the desk</source>
        <translation>Cung cấp n&amp;gay tại chỗ</translation>
    </message>
    <message>
        <source>How it was provided, e.g. a copy handed over</source>
        <translation>Hình thức đã cung cấp, VD: trao bản sao tận tay</translation>
    </message>
    <message>
        <source>Provided as</source>
        <translation>Đã cung cấp dưới hình thức</translation>
    </message>
    <message>
        <source>Only if different from the requester's address</source>
        <translation>Chỉ ghi nếu khác địa chỉ của người yêu cầu</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Địa chỉ nhận thông tin</translation>
    </message>
    <message>
        <source>Only if different from the requester's email</source>
        <translation>Chỉ ghi nếu khác thư điện tử của người yêu cầu</translation>
    </message>
    <message>
        <source>Delivery email</source>
        <translation>Email nhận thông tin</translation>
    </message>
    <message>
        <source>The officer wrote the request for the requester (Art. 24.1.a)</source>
        <translation>Cán bộ đã hỗ t&amp;rợ ghi phiếu yêu cầu (Điều 24.1.a)</translation>
    </message>
    <message>
        <source>Written consent attached (Art. 7)</source>
        <translation>Có kèm văn bản đồng ý của người liên quan (Điều 7)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>RequestTimeline</name>
    <message>
        <source>Registered</source>
        <translation>Tiếp nhận, vào sổ</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Đề nghị bổ sung</translation>
    </message>
    <message>
        <source>Confirmed valid</source>
        <translation>Xác nhận hợp lệ</translation>
    </message>
    <message>
        <source>Notice of time limit sent</source>
        <translation>Gửi thông báo thời hạn</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>Cung cấp thông tin</translation>
    </message>
    <message>
        <source>Partly provided</source>
        <translation>Cung cấp một phần</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Sent to the responsible agency</source>
        <translation>Hướng dẫn sang cơ quan có trách nhiệm</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Rút yêu cầu</translation>
    </message>
    <message>
        <source>Correction opened</source>
        <translation>Mở đính chính</translation>
    </message>
    <message>
        <source>Correction closed</source>
        <translation>Hoàn tất đính chính</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Sửa thông tin</translation>
    </message>
    <message>
        <source>Complaint or lawsuit recorded</source>
        <translation>Ghi nhận khiếu nại, khởi kiện</translation>
    </message>
    <message>
        <source>Result of a complaint or lawsuit</source>
        <translation>Kết quả giải quyết khiếu nại, khởi kiện</translation>
    </message>
    <message>
        <source>Deadline recomputed (calendar changed)</source>
        <translation>Tính lại hạn (lịch làm việc thay đổi)</translation>
    </message>
    <message>
        <source>Restored by an update (closing a correction had changed these)</source>
        <translation>Khôi phục khi cập nhật phần mềm (việc hoàn tất đính chính trước đây đã làm thay đổi các mục này)</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>Phát hành văn bản</translation>
    </message>
    <message>
        <source>Document cancelled</source>
        <translation>Hủy văn bản</translation>
    </message>
    <message>
        <source>Document issued outside the app recorded</source>
        <translation>Ghi nhận văn bản lập ngoài chương trình</translation>
    </message>
    <message>
        <source>Dates printed on a document recorded</source>
        <translation>Ghi nhận ngày in trên văn bản</translation>
    </message>
    <message>
        <source>Costs set</source>
        <translation>Xác định chi phí</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Ghi nhận nộp chi phí</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Số vào sổ</translation>
    </message>
    <message>
        <source>Requester type</source>
        <translation>Đối tượng yêu cầu</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Loại giấy tờ</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số giấy tờ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>Thay mặt cho</translation>
    </message>
    <message>
        <source>On behalf of (ID)</source>
        <translation>Số giấy tờ người được thay mặt</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Hình thức yêu cầu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Thời điểm tiếp nhận</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>Thông tin yêu cầu</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Form of provision</source>
        <translation>Hình thức nhận thông tin</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Địa chỉ nhận</translation>
    </message>
    <message>
        <source>Delivery email</source>
        <translation>Thư điện tử nhận</translation>
    </message>
    <message>
        <source>Written down by the officer</source>
        <translation>Cán bộ ghi phiếu giúp</translation>
    </message>
    <message>
        <source>Consent attached</source>
        <translation>Có văn bản đồng ý</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Valid on</source>
        <translation>Ngày hợp lệ</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Tính chất</translation>
    </message>
    <message>
        <source>Reason for complexity</source>
        <translation>Lý do phức tạp</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Bộ quy tắc</translation>
    </message>
    <message>
        <source>Notice due</source>
        <translation>Hạn thông báo</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <source>Extended deadline</source>
        <translation>Hạn sau gia hạn</translation>
    </message>
    <message>
        <source>Longest extension reaches</source>
        <translation>Hạn gia hạn tối đa</translation>
    </message>
    <message>
        <source>Sent late; the notice was due by</source>
        <translation>Gửi muộn; hạn gửi thông báo là</translation>
    </message>
    <message>
        <source>Where the earlier provisions are recorded (Art. 28.1.d)</source>
        <translation>Nơi ghi nhận các lần cung cấp trước (điểm d khoản 1 Điều 28)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <source>Reason for extension</source>
        <translation>Lý do gia hạn</translation>
    </message>
    <message>
        <source>Notice sent on</source>
        <translation>Ngày gửi thông báo</translation>
    </message>
    <message>
        <source>Date printed on the notice</source>
        <translation>Hạn ghi trên thông báo</translation>
    </message>
    <message>
        <source>Deadline warning</source>
        <translation>Cảnh báo thời hạn</translation>
    </message>
    <message>
        <source>What must be supplemented</source>
        <translation>Nội dung cần bổ sung</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>How it was provided</source>
        <translation>Hình thức đã cung cấp</translation>
    </message>
    <message>
        <source>Refusal ground</source>
        <translation>Căn cứ từ chối</translation>
    </message>
    <message>
        <source>Reason / part not provided</source>
        <translation>Lý do / phần không cung cấp</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>Cơ quan có trách nhiệm</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>Lý do rút yêu cầu</translation>
    </message>
    <message>
        <source>Earlier provisions (Art. 28.1.d)</source>
        <translation>Số lần đã cung cấp (điểm d khoản 1 Điều 28)</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Đính chính</translation>
    </message>
    <message>
        <source>Complaint or lawsuit</source>
        <translation>Khiếu nại, khởi kiện</translation>
    </message>
    <message>
        <source>Lodged on</source>
        <translation>Ngày khiếu nại, khởi kiện</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Result on</source>
        <translation>Ngày có kết quả</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Template (version)</source>
        <translation>Mẫu văn bản (phiên bản)</translation>
    </message>
    <message>
        <source>File fingerprint (SHA-256)</source>
        <translation>Mã kiểm tra tệp (SHA-256)</translation>
    </message>
    <message>
        <source>Signed digitally by</source>
        <translation>Ký số bởi</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Lý do hủy</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Payment deadline</source>
        <translation>Thời hạn thanh toán</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Khoản nộp</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Art. 28.1.%1</source>
        <translation>điểm %1 khoản 1 Điều 28</translation>
    </message>
    <message>
        <source>%1 on %2, receipt %3</source>
        <translation>%1 ngày %2, biên lai %3</translation>
    </message>
    <message>
        <source>Guidance to supplement</source>
        <translation>Văn bản hướng dẫn bổ sung</translation>
    </message>
    <message>
        <source>Guidance to the responsible agency</source>
        <translation>Văn bản hướng dẫn đến cơ quan có trách nhiệm</translation>
    </message>
    <message>
        <source>Letter providing the information</source>
        <translation>Văn bản cung cấp thông tin</translation>
    </message>
    <message>
        <source>Correction notice</source>
        <translation>Thông báo đính chính</translation>
    </message>
    <message>
        <source>Form %1</source>
        <translation>Mẫu %1</translation>
    </message>
</context>
<context>
    <name>RequesterLookups</name>
    <message>
        <source>Fi&amp;ll in</source>
        <translation>Đ&amp;iền sẵn</translation>
    </message>
    <message>
        <source>Known requester: %1 — fill in their details?</source>
        <translation>Người yêu cầu đã có trong sổ: %1 — điền sẵn thông tin?</translation>
    </message>
    <message numerus="yes">
        <source>This person has received this information %n time(s) before (Article 28.1.d). You may still register the request.</source>
        <translation><numerusform>Người này đã được cung cấp thông tin này %n lần (điểm d khoản 1 Điều 28). Vẫn có thể tiếp nhận yêu cầu.</numerusform></translation>
    </message>
</context>
<context>
    <name>RequesterSection</name>
    <message>
        <source>Requester</source>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <source>Requester &amp;kind</source>
        <translation>Đối tượng &amp;yêu cầu</translation>
    </message>
    <message>
        <source>Nationalit&amp;y</source>
        <translation>&amp;Quốc tịch</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <source>I&amp;D document</source>
        <translation>Loại, &amp;số giấy tờ</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Nơi cư trú, đị&amp;a chỉ</translation>
    </message>
    <message>
        <source>Fa&amp;x</source>
        <translation>&amp;Fax</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Điện th&amp;oại</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>Thư điện tử (&amp;E)</translation>
    </message>
    <message>
        <source>Mem&amp;bers</source>
        <translation>Danh sách thành &amp;viên</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Tên tổ chức</translation>
    </message>
    <message>
        <source>Acting for (full name)</source>
        <translation>Thay mặt cho (họ tên)</translation>
    </message>
    <message>
        <source>Organisation's re&amp;gistration no.</source>
        <translation>Số đăng ký, quyết định thành lập</translation>
    </message>
    <message>
        <source>Their ID number</source>
        <translation>Số giấy tờ của người đó</translation>
    </message>
    <message>
        <source>Representative's full &amp;name</source>
        <translation>&amp;Họ tên người đại diện</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
</context>
<context>
    <name>ResolveComplaintDialog</name>
    <message>
        <source>Result of the complaint or lawsuit</source>
        <translation>Kết quả giải quyết khiếu nại, khởi kiện</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <source>Result &amp;on:</source>
        <translation>&amp;Ngày có kết quả:</translation>
    </message>
    <message>
        <source>The decision or judgment on the %1 lodged on %2.</source>
        <translation>Quyết định giải quyết hoặc bản án đối với việc %1 ngày %2.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the register (newest first).</source>
        <translation>Chọn bản sao lưu để đưa vào thay sổ theo dõi hiện tại (bản mới nhất ở trên cùng).</translation>
    </message>
    <message>
        <source>No backup has been made in the data folder yet. If you have a copy elsewhere (a USB stick, another computer), choose it with “Choose another file…”.</source>
        <translation>Thư mục dữ liệu chưa có bản sao lưu nào. Nếu có bản sao ở nơi khác (thẻ nhớ USB, máy khác), hãy chọn bằng nút “Chọn tệp khác…”.</translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation>Chọn tệp &amp;khác…</translation>
    </message>
    <message>
        <source>This file is the register of &amp;another computer (moving to a new computer): replace this register with it</source>
        <translation>Tệp này là sổ theo dõi của &amp;máy khác (chuyển sang máy mới): thay sổ này bằng sổ đó</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Tiếp…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Restore the register from this backup?</source>
        <translation>Khôi phục sổ theo dõi từ bản sao lưu này?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Chọn tệp sao lưu</translation>
    </message>
    <message>
        <source>Register backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bản sao lưu sổ theo dõi (*.sqlite3 *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>%1 backup of %2 (%3)</source>
        <translation>bản sao lưu %1 lúc %2 (%3)</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>tệp %1</translation>
    </message>
    <message>
        <source>The register will be replaced by the %1.</source>
        <translation>Sổ theo dõi sẽ được thay bằng %1.</translation>
    </message>
    <message>
        <source>This file is another computer's register: it replaces this register entirely, and numbering continues from its own numbers.</source>
        <translation>Tệp này là sổ theo dõi của máy khác: sổ đó thay hẳn sổ này, và việc cấp số tiếp tục theo các số của sổ đó.</translation>
    </message>
    <message>
        <source>First, the file in use now is kept as a backup (kind “Before a restore”), so nothing is thrown away.</source>
        <translation>Trước hết, tệp đang dùng được giữ lại làm bản sao lưu (loại “Trước khôi phục”), không mất gì.</translation>
    </message>
    <message>
        <source>Requests entered after this backup was made are not in it. Their register numbers will be listed: enter those requests again from the paper receipts. No number is ever issued twice.</source>
        <translation>Các yêu cầu vào sổ sau thời điểm sao lưu không có trong bản này. Chương trình sẽ liệt kê số của chúng: hãy vào sổ lại các yêu cầu đó theo phiếu giấy. Không số nào bị cấp trùng.</translation>
    </message>
    <message>
        <source>The window closes while the register is restored, then opens again.</source>
        <translation>Cửa sổ sẽ đóng trong lúc khôi phục rồi tự mở lại.</translation>
    </message>
</context>
<context>
    <name>RestoreRunDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Restoring the register from %1…</source>
        <translation>Đang khôi phục sổ theo dõi từ %1…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Đang khôi phục</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>The register was restored.</source>
        <translation>Đã khôi phục sổ theo dõi.</translation>
    </message>
    <message>
        <source>The restore did not finish because of an unexpected error.</source>
        <translation>Chưa khôi phục xong do một lỗi ngoài dự kiến.</translation>
    </message>
    <message>
        <source>The register was not restored.</source>
        <translation>Chưa khôi phục được sổ theo dõi.</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <source>Rule &amp;set:</source>
        <translation>&amp;Bộ quy định:</translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation>Hiệu lực từ:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Căn cứ pháp lý:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Hình thức yêu cầu</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Tính chất thông tin</translation>
    </message>
    <message>
        <source>Provide within</source>
        <translation>Thời hạn cung cấp</translation>
    </message>
    <message>
        <source>Written notice within</source>
        <translation>Thông báo thời hạn</translation>
    </message>
    <message>
        <source>Extension up to</source>
        <translation>Gia hạn tối đa</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Điều khoản</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Đính chính</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Điều khoản</translation>
    </message>
    <message>
        <source>Read-only. A request keeps the rule set in force on the day it became valid.</source>
        <translation>Chỉ xem. Mỗi yêu cầu áp dụng bộ quy định có hiệu lực vào ngày yêu cầu hợp lệ.</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <source>Corrections (Article 32)</source>
        <translation>Đính chính thông tin (Điều 32)</translation>
    </message>
    <message>
        <source>At once (the same day)</source>
        <translation>Ngay (trong ngày)</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation><numerusform>%n ngày làm việc</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n ngày</numerusform></translation>
    </message>
</context>
<context>
    <name>SendNoticeDialog</name>
    <message>
        <source>Notice of the time limit</source>
        <translation>Thông báo thời hạn giải quyết</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Ngày gửi:</translation>
    </message>
    <message>
        <source>This notice is late: it was due by %1. It will be recorded as sent late.</source>
        <translation>Thông báo này đã muộn: hạn gửi là %1. Việc gửi sẽ được ghi nhận là gửi muộn.</translation>
    </message>
    <message>
        <source>The written notice of the time limit (Mẫu 03) will be recorded as sent on the date below. The deadline it carries, %1, is then fixed: if the calendar changes later, the request is flagged instead of moving silently.</source>
        <translation>Thông báo bằng văn bản về thời hạn (Mẫu 03) sẽ được ghi nhận là đã gửi vào ngày dưới đây. Hạn ghi trên thông báo, %1, từ đó được giữ nguyên: nếu lịch làm việc thay đổi, yêu cầu sẽ được đánh dấu để xem lại chứ không tự đổi hạn.</translation>
    </message>
    <message>
        <source>Record notice sent</source>
        <translation>Ghi nhận đã gửi</translation>
    </message>
</context>
<context>
    <name>SigningCertificate</name>
    <message>
        <source>Digital signature</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <source>none: documents are not signed digitally</source>
        <translation>chưa chọn: văn bản không được ký số</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>Certificate (PKCS#12):</source>
        <translation>Chứng thư số (PKCS#12):</translation>
    </message>
    <message>
        <source>Used to sign replies to requests received electronically. The password is asked each time and never stored.</source>
        <translation>Dùng để ký số văn bản trả lời yêu cầu gửi qua mạng điện tử. Mật khẩu được hỏi mỗi lần ký và không bao giờ được lưu.</translation>
    </message>
    <message>
        <source>Choose the office's certificate</source>
        <translation>Chọn tệp chứng thư số của cơ quan</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx)</source>
        <translation>Chứng thư số PKCS#12 (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>SpecialDaysModel</name>
    <message>
        <source>Working day</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Văn bản căn cứ</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Nguồn</translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <source>Provided in full</source>
        <translation>Cung cấp toàn bộ</translation>
    </message>
    <message>
        <source>Provided in part</source>
        <translation>Cung cấp một phần</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Chuyển nơi khác</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Rút yêu cầu</translation>
    </message>
    <message>
        <source>Open at the end</source>
        <translation>Chưa xong cuối kỳ</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Answered on time: %1</source>
        <translation>Giải quyết đúng hạn: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Ma&amp;ke the report…</source>
        <translation>Lập &amp;báo cáo…</translation>
    </message>
    <message>
        <source>E&amp;xport the log book…</source>
        <translation>Xuất sổ theo &amp;dõi…</translation>
    </message>
    <message>
        <source>Requests received per month, by channel</source>
        <translation>Yêu cầu tiếp nhận theo tháng, theo hình thức</translation>
    </message>
    <message>
        <source>Outcomes in the period</source>
        <translation>Kết quả giải quyết trong kỳ</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Giải quyết đúng hạn</translation>
    </message>
    <message>
        <source>Statistics: %1 (computing…)</source>
        <translation>Thống kê: %1 (đang tính…)</translation>
    </message>
    <message>
        <source>Statistics: %1</source>
        <translation>Thống kê: %1</translation>
    </message>
</context>
<context>
    <name>SupplementDialog</name>
    <message>
        <source>Ask for a supplement</source>
        <translation>Đề nghị bổ sung</translation>
    </message>
    <message>
        <source>&amp;What must be supplemented:</source>
        <translation>Nội dung cần &amp;bổ sung:</translation>
    </message>
    <message>
        <source>&amp;Asked on:</source>
        <translation>&amp;Ngày đề nghị:</translation>
    </message>
    <message>
        <source>The request will wait for the requester to complete it. The time limit does not run until the request is complete; confirm it valid when the supplement arrives.</source>
        <translation>Yêu cầu sẽ chờ người yêu cầu bổ sung. Thời hạn chưa được tính cho đến khi yêu cầu đầy đủ; khi nhận được phần bổ sung, hãy xác nhận yêu cầu hợp lệ.</translation>
    </message>
    <message>
        <source>Ask for supplement</source>
        <translation>Đề nghị bổ sung</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation><numerusform>%n chờ gửi</numerusform></translation>
    </message>
    <message>
        <source>Province: all sent</source>
        <translation>Đã gửi tỉnh đủ</translation>
    </message>
    <message>
        <source>Monthly summaries for the province. Last try: %1</source>
        <translation>Gói tổng hợp hằng tháng gửi tỉnh. Lần thử gần nhất: %1</translation>
    </message>
    <message>
        <source>Monthly summaries for the province.</source>
        <translation>Gói tổng hợp hằng tháng gửi tỉnh.</translation>
    </message>
    <message numerus="yes">
        <source>The province's rule set %1 was applied: %n request(s) had their deadline moved.</source>
        <translation><numerusform>Đã áp dụng bộ quy tắc %1 của tỉnh: %n yêu cầu đổi thời hạn.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The province's calendar for %1 was applied: %n request(s) had their deadline moved.</source>
        <translation><numerusform>Đã áp dụng lịch năm %1 của tỉnh: %n yêu cầu đổi thời hạn.</numerusform></translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <source>Pages of the file</source>
        <translation>Các trang của tệp</translation>
    </message>
    <message>
        <source>Making the page pictures…</source>
        <translation>Đang tạo ảnh các trang…</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n trang</numerusform></translation>
    </message>
    <message>
        <source>(the first %1 shown)</source>
        <translation>(hiện %1 trang đầu)</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
</context>
<context>
    <name>TodoModel</name>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n working day(s)</source>
        <translation><numerusform>Đến hạn trong %n ngày làm việc tới</numerusform></translation>
    </message>
    <message>
        <source>Notices of the time limit still to send</source>
        <translation>Thông báo thời hạn giải quyết chưa gửi</translation>
    </message>
    <message>
        <source>Awaiting a supplement for more than %1 working days</source>
        <translation>Chờ bổ sung hồ sơ quá %1 ngày làm việc</translation>
    </message>
    <message>
        <source>Documents still to issue</source>
        <translation>Văn bản còn phải phát hành</translation>
    </message>
    <message>
        <source>Catalogue: information to publish, publication periods ending</source>
        <translation>Danh mục thông tin: cần công khai, sắp hết hoặc đã hết thời hạn công khai</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số vào sổ</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>Thông tin yêu cầu</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Not published yet</source>
        <translation>Chưa công khai</translation>
    </message>
    <message>
        <source>Publication period ends soon</source>
        <translation>Sắp hết thời hạn công khai</translation>
    </message>
    <message>
        <source>Publication period ended</source>
        <translation>Đã hết thời hạn công khai</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation><numerusform>Quá hạn %n ngày</numerusform></translation>
    </message>
    <message>
        <source>Notice overdue since %1</source>
        <translation>Quá hạn gửi thông báo từ %1</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation><numerusform>Còn %n ngày</numerusform></translation>
    </message>
    <message>
        <source>Send the notice by %1</source>
        <translation>Hạn gửi thông báo: %1</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Tiếp nhận ngày %1</translation>
    </message>
</context>
<context>
    <name>TodoView</name>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Look again (F5)</source>
        <translation>Tải lại danh sách (F5)</translation>
    </message>
    <message>
        <source>Things to do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) overdue: deal with them first.</source>
        <translation><numerusform>%n yêu cầu đã quá hạn: cần giải quyết trước.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Nothing is overdue. %n thing(s) to watch.</source>
        <translation><numerusform>Không có yêu cầu quá hạn. %n việc cần theo dõi.</numerusform></translation>
    </message>
    <message>
        <source>Nothing to do: no deadline is near.</source>
        <translation>Không có việc gấp: chưa có hạn nào sắp đến.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Send to the responsible agency</source>
        <translation>Hướng dẫn sang cơ quan có trách nhiệm</translation>
    </message>
    <message>
        <source>&amp;Responsible agency:</source>
        <translation>&amp;Cơ quan có trách nhiệm:</translation>
    </message>
    <message>
        <source>Guided &amp;on:</source>
        <translation>&amp;Ngày hướng dẫn:</translation>
    </message>
    <message>
        <source>The request will be closed because the information is not this agency's to provide. The requester must be told in writing which agency is responsible for it.</source>
        <translation>Yêu cầu sẽ kết thúc vì thông tin không thuộc trách nhiệm cung cấp của cơ quan này. Phải thông báo bằng văn bản cho người yêu cầu cơ quan có trách nhiệm cung cấp.</translation>
    </message>
    <message>
        <source>Send on</source>
        <translation>Hướng dẫn</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to focal_desk</source>
        <translation>Chào mừng đến với focal_desk</translation>
    </message>
    <message>
        <source>The register of requests for information and their legal deadlines.</source>
        <translation>Sổ theo dõi yêu cầu cung cấp thông tin và thời hạn giải quyết theo luật.</translation>
    </message>
    <message>
        <source>Before the first request is logged, tell focal_desk which office keeps this register. Its name and signer appear on every notice you print.</source>
        <translation>Trước khi ghi yêu cầu đầu tiên, hãy khai báo cơ quan lập sổ theo dõi này. Tên cơ quan và người ký sẽ in trên mọi thông báo.</translation>
    </message>
    <message>
        <source>&amp;Set up my office (recommended)</source>
        <translation>&amp;Khai báo cơ quan của tôi (khuyến nghị)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Try it with demo data: a sample office with %n invented request(s)</source>
        <translation><numerusform>&amp;Dùng thử với dữ liệu mẫu: một cơ quan mẫu với %n yêu cầu giả định</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Demo data is only for an empty register: this one already holds %n request(s).</source>
        <translation><numerusform>Dữ liệu mẫu chỉ dùng cho sổ trống: sổ này đã có %n yêu cầu.</numerusform></translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Hoa</source>
        <translation>VD: Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Họ tên &amp;cán bộ:</translation>
    </message>
    <message>
        <source>Every change is recorded in the history under this name. When another officer sits down: Request &gt; Switch officer (Ctrl+Shift+O).</source>
        <translation>Mọi thao tác được ghi vào lịch sử dưới tên này. Khi cán bộ khác ngồi vào máy: Yêu cầu &gt; Đổi cán bộ (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>Your data will be kept in: %1</source>
        <translation>Dữ liệu được lưu tại: %1</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw the request</source>
        <translation>Rút yêu cầu</translation>
    </message>
    <message>
        <source>&amp;Reason (if given):</source>
        <translation>&amp;Lý do (nếu có):</translation>
    </message>
    <message>
        <source>Withdrawn &amp;on:</source>
        <translation>&amp;Ngày rút:</translation>
    </message>
    <message>
        <source>The request will be closed as withdrawn by the requester. No answer is owed after that.</source>
        <translation>Yêu cầu sẽ kết thúc do người yêu cầu rút lại. Cơ quan không còn phải trả lời yêu cầu này.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Rút yêu cầu</translation>
    </message>
</context>
<context>
    <name>WriteBlockedBanner</name>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Khôi phục từ bản &amp;sao lưu…</translation>
    </message>
    <message>
        <source>The register is read-only, it cannot be written to: %1</source>
        <translation>Sổ theo dõi chỉ xem, không ghi được: %1</translation>
    </message>
    <message>
        <source>The register cannot be written to</source>
        <translation>Không ghi được vào sổ theo dõi</translation>
    </message>
</context>
<context>
    <name>YearModel</name>
    <message>
        <source>Mo</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Tu</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>We</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>Th</source>
        <translation>T5</translation>
    </message>
    <message>
        <source>Fr</source>
        <translation>T6</translation>
    </message>
    <message>
        <source>Sa</source>
        <translation>T7</translation>
    </message>
    <message>
        <source>Su</source>
        <translation>CN</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <source>Labour Code (computed)</source>
        <translation>Bộ luật Lao động (tự tính)</translation>
    </message>
    <message>
        <source>Official announcement</source>
        <translation>Thông báo chính thức</translation>
    </message>
    <message>
        <source>Added by this office</source>
        <translation>Cơ quan tự thêm</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
</context>
</TS>