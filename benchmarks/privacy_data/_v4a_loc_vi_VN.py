# ruff: noqa: RUF001 - text in many scripts on purpose
"""vi_VN phrasings for eval_v4a (written for this set)."""

S = {
    "intro": ["Tôi là {person}, gọi lại về vụ rò nước.", "hi, {first} đây!", "Em tên là {person}, người thuê mới ở tầng 3.",
              "{person} đây ạ, mình đã nói chuyện hôm thứ Ba.", "Đặt bàn tên {last}, {amount} người."],
    "phone": ["Liên hệ em qua số {phone} sau 6 giờ tối.", "dđ: {phone}", "zalo/sđt {phone}", "gọi mình nha: {phone}", "Vui lòng gọi lại số {phone}."],
    "email": ["Gửi hồ sơ về {email} giúp em.", "email mới của mình: {email}", "cc thêm {email} nhé"],
    "email_obf": ["mail: {email_obf}", "gửi về {email_obf}"],
    "addr": ["Địa chỉ giao hàng: {addr}", "Nhà mình chuyển rồi, địa chỉ mới {addr}.", "Lấy hàng tại {addr}"],
    "dob": ["sinh ngày {dob}", "ngày sinh: {dob}", "NS {dob}"],
    "nid": ["{nid_label}: {nid}", "Số {nid_label} của tôi là {nid}."],
    "card": ["thẻ {card}, hết hạn 09/27", "số thẻ {card}"],
    "iban": [],
    "pwd": ["pass wifi là {pwd}", "mật khẩu: {pwd}", "mk tạm {pwd}"],
    "token": ["export API_KEY={token}", "Authorization: Bearer {token}"],
    "ip4": ["máy in ở {ip4}", "chặn truy cập từ {ip4}"],
    "ip6": ["router trả lời ở {ip6}", "địa chỉ IPv6: {ip6}"],
    "mac": ["địa chỉ MAC laptop: {mac}", "thêm {mac} vào danh sách cho phép"],
    "gps": ["điểm hẹn: {gps}", "xe đậu ở {gps}"],
    "neg": ["Đơn hàng {order} sẽ giao ngày {date}.", "Hóa đơn {invoice}, tổng {price}.", "Đã cài firmware {version}, commit {hash}.",
            "{product} đang giảm giá còn {price}.", "{company} sẽ đến ngày {date} lúc {time}.", "Đường {street} lại kẹt xe.",
            "Mã hồ sơ {badcard}", "Kiện hàng {qty}, mã {uuid}", "Họp ở phòng {room}, văn phòng {city}.", "cảm biến: {sensor}"],
    "clean": ["Cảm ơn nhiều nha!", "Em trễ 10 phút, xin lỗi", "Ok, hẹn gặp nhé.", "Mai kiểm tra lại giúp mình được không?", "Không gấp đâu.", "Mấy đứa nhỏ thích lắm 😊"],
}
F = {
    "hello": ["Chào {first2},", "Kính gửi anh/chị {person2},", "Chào anh/chị,", "Hi {first2},"],
    "bye": ["Trân trọng,\n{person}", "Cảm ơn,\n{first}", "Thân, {first}", "-- \n{person}\nĐT: {phone}"],
    "wrote": ["Vào {date} lúc {time}, {person2} <{email2}> đã viết:", "{person2} đã viết ngày {date}:"],
    "subject": ["Re: đơn hàng {order}", "Re: cuộc hẹn thứ Năm", "Fwd: hợp đồng thuê nhà", "Re: câu hỏi"],
    "clinic_title": ["Phiếu khám bệnh – nội tổng quát", "Cấp cứu – ghi chú điều dưỡng", "Tái khám"],
    "clinic": ["Đau họng 3 ngày, không sốt.", "HA 128/82, mạch 74.", "Kê lại đơn thuốc.", "Tái khám sau 2 tuần.", "Dị ứng: penicillin."],
    "courier": ["Ghi chú shipper: để ở bảo vệ", "Không có người nhận, đã để lại phiếu", "Người nhận: {first}", "Gọi trước khi giao"],
    "crm": ["Gọi với {person}: muốn đổi gói cước", "Đã để lại lời nhắn", "Khách phàn nàn giao trễ, đề xuất giảm 10%", "Liên hệ lại tuần sau"],
    "receipt_shop": ["CO.OPMART", "WINMART+", "ĐIỆN MÁY XANH {n}"],
    "receipt_items": ["SUA TUOI 1L", "CHUOI", "PIN AA 8 VIEN", "KHAN GIAY", "DAU OLIU"],
    "receipt_end": ["CAM ON QUY KHACH", "GIU HOA DON DE DOI TRA"],
    "bank_title": ["Xác nhận chuyển khoản", "Giao dịch thành công"],
    "cal_summary": ["Lấy cao răng", "Họp phụ huynh", "Ký hợp đồng thuê", "Đánh giá quý"],
    "chat_extra": ["haha ok", "đang tới 🚗", "ok cảm ơn 👍", "hả??", "không sao!"],
    "L": {"name": "Họ và tên", "first": "Tên", "last": "Họ", "dob": "Ngày sinh", "addr": "Địa chỉ", "phone": "Số điện thoại",
          "email": "Email", "card": "Số thẻ", "iban": "IBAN", "pwd": "Mật khẩu", "date": "Ngày", "total": "TỔNG", "ssn": "SSN",
          "sender": "Người chuyển", "recipient": "Người nhận", "amount": "Số tiền", "reference": "Nội dung", "notes": "Ghi chú",
          "start": "Ngày vào làm", "emergency": "Người liên hệ khẩn cấp", "position": "Chức vụ", "account": "Tài khoản", "patient": "Bệnh nhân",
          "next": "Lịch hẹn tiếp", "parcel": "Mã vận đơn", "deliver_to": "Người nhận",
          "nid": {"cccd": "CCCD", "mst": "mã số thuế", "passport": "hộ chiếu"}},
}

# Thêm cách diễn đạt để các từ gợi ý thay đổi.
S["phone"] += ["SĐT: {phone}", "số máy bàn {phone}", "nhắn tin qua {phone} nhé", "liên lạc {phone} (giờ hành chính)", "số của mình là {phone}"]
S["email"] += ["trả lời về {email}", "địa chỉ email: {email}", "mail cá nhân: {email}"]
S["dob"] += ["sinh nhật: {dob}", "sinh {dob} tại Huế", "ngày tháng năm sinh: {dob}"]
S["nid"] += ["gửi kèm {nid_label}: {nid}", "{nid_label} số {nid}"]
S["pwd"] += ["tài khoản là email, mật khẩu {pwd}", "pass: {pwd}", "mật khẩu đăng nhập là {pwd}"]
S["addr"] += ["em ở {addr}", "Địa chỉ thường trú: {addr}"]
