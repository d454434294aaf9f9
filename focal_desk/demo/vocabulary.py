"""Vietnamese wording for demo requests (what officers actually see in a commune's log book)."""

INFO_TEMPLATES = (
    "Quyết định phê duyệt quy hoạch sử dụng đất xã giai đoạn 2021–2030 và bản đồ kèm theo",
    "Danh sách hộ nghèo, hộ cận nghèo năm {y} của thôn {t}",
    "Dự toán và quyết toán ngân sách xã năm {y}",
    "Hồ sơ cấp giấy chứng nhận quyền sử dụng đất thửa số {n}, tờ bản đồ số {m}",
    "Phương án bồi thường, hỗ trợ, tái định cư dự án nâng cấp đường liên xã",
    "Biên bản họp dân về dự án xây dựng nhà văn hóa thôn {t}",
    "Quyết định xử phạt vi phạm hành chính số {n}/QĐ-XPHC ngày {d}",
    "Danh sách đối tượng hưởng trợ cấp xã hội hằng tháng năm {y}",
    "Kết quả giải quyết thủ tục hành chính, hồ sơ số {n}/{y}",
    "Bảng giá đất áp dụng trên địa bàn xã năm {y}",
    "Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm {y}",
    "Hồ sơ cấp phép khai thác cát, sỏi lòng sông đoạn qua thôn {t}",
    "Giấy phép xây dựng nhà ở riêng lẻ số {n}/GPXD",
    "Quy chế thực hiện dân chủ ở cơ sở của xã",
    "Danh sách chi trả trợ cấp người có công tháng {m}/{y}",
    "Báo cáo đánh giá tác động môi trường của trang trại chăn nuôi tại thôn {t}",
    "Kế hoạch xây dựng nông thôn mới nâng cao giai đoạn 2026–2030",
    "Thông báo thu hồi đất số {n}/TB-UBND đối với hộ gia đình tại thôn {t}",
    "Hợp đồng giao khoán đất công ích 5% của xã",
    "Kết luận thanh tra việc quản lý, sử dụng quỹ đất công ích năm {y}",
)

PURPOSES = (
    "Phục vụ việc khiếu nại quyết định thu hồi đất của gia đình",
    "Tìm hiểu quyền lợi của gia đình theo chính sách",
    "Nghiên cứu, học tập",
    "Chuẩn bị hồ sơ vay vốn ngân hàng",
    "Giám sát đầu tư của cộng đồng",
    "Phục vụ hoạt động báo chí",
    "Làm căn cứ đề nghị cấp đổi giấy chứng nhận",
    "Kiểm tra việc chi trả chế độ cho gia đình",
    "Chuẩn bị hồ sơ khởi kiện vụ án hành chính",
    "Phục vụ sản xuất, kinh doanh",
)

HAMLETS = ("Đông", "Tây", "Nam", "Bắc", "Trung", "Đồng Tâm", "Tân Lập", "Hòa Bình", "Yên Thịnh", "Phú Lộc")

PROVISION_METHODS = {
    "in_person": "Cung cấp bản sao tại trụ sở",
    "electronic": "Gửi tệp đính kèm qua thư điện tử",
    "postal": "Gửi bản sao qua dịch vụ bưu chính",
    "fax": "Gửi bản sao qua fax",
}

REFUSAL_DETAILS = {
    "a": "Thông tin thuộc bí mật công tác theo Điều 6 Luật Tiếp cận thông tin",
    "b": "Thông tin đã được niêm yết công khai tại trụ sở UBND xã và đăng trên cổng thông tin điện tử",
    "c": "Hồ sơ do Văn phòng đăng ký đất đai tỉnh tạo ra và lưu giữ",
    "d": "Thông tin đã được cung cấp hai lần cho người yêu cầu",
    "dd": "Khối lượng hồ sơ yêu cầu quá lớn so với khả năng đáp ứng của bộ phận",
    "e": "Người yêu cầu chưa thanh toán chi phí sao chụp tài liệu",
}

TRANSFER_TARGETS = (
    "Văn phòng đăng ký đất đai tỉnh",
    "Sở Nông nghiệp và Môi trường",
    "Công an tỉnh",
    "Sở Tài chính",
    "Ủy ban nhân dân tỉnh",
)

SUPPLEMENT_NOTES = (
    "Bổ sung số tờ bản đồ, số thửa đất cần cung cấp thông tin",
    "Ghi rõ tên văn bản, số, ký hiệu tài liệu yêu cầu",
    "Bổ sung mục đích yêu cầu cung cấp thông tin",
    "Ký xác nhận vào Phiếu yêu cầu",
)

ORGANISATIONS = (
    "Hội Nông dân xã",
    "Hợp tác xã nông nghiệp {t}",
    "Hội Cựu chiến binh xã",
    "Công ty TNHH Thương mại {t}",
    "Chi hội Phụ nữ thôn {t}",
)

# Vietnamese names: family name, middle name, given name (Faker's vi_VN names come in Western order).
FAMILY_NAMES = (
    ("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", 2), ("Phan", 4), ("Vũ", 4),
    ("Võ", 2), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 1), ("Ngô", 1), ("Dương", 1), ("Lý", 1), ("Đinh", 1),
    ("Trịnh", 1), ("Đào", 1), ("Mai", 1),
)
MIDDLE_MALE = ("Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Xuân", "Đình", "Ngọc", "Thanh", "Trọng")
MIDDLE_FEMALE = ("Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Hồng", "Minh", "Phương", "Bích")
GIVEN_MALE = (
    "Đức", "Hùng", "Dũng", "Tuấn", "Nam", "Hải", "Long", "Thắng", "Quân", "Sơn", "Cường", "Bình", "Hiếu",
    "Khánh", "Phúc", "Toàn", "Trung", "Vinh", "Đạt", "Mạnh", "Tiến", "Hoà", "Lâm", "Thành",
)
GIVEN_FEMALE = (
    "Hằng", "Lan", "Mai", "Hương", "Hoa", "Linh", "Ngọc", "Trang", "Thảo", "Yến", "Nhung", "Hạnh", "Loan",
    "Phương", "Thuỷ", "Dung", "Huyền", "Oanh", "Vân", "Giang", "Hà", "Nga", "Tâm", "Duyên",
)
