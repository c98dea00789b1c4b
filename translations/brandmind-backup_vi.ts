<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AppServices</name>
    <message>
        <source>%1 for the profile &quot;%2&quot;:</source>
        <translation>Nhập %1 cho hồ sơ kết nối &quot;%2&quot;:</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Cần mật khẩu</translation>
    </message>
</context>
<context>
    <name>BackupNameRule</name>
    <message>
        <source>A backup name is required.</source>
        <translation>Cần có tên bản sao lưu.</translation>
    </message>
    <message>
        <source>The backup name is longer than %1 bytes.</source>
        <translation>Tên bản sao lưu dài hơn %1 byte.</translation>
    </message>
    <message>
        <source>The backup name must start with a letter (A-Z, a-z) or an underscore.</source>
        <translation>Tên bản sao lưu phải bắt đầu bằng một chữ cái (A-Z, a-z) hoặc dấu gạch dưới.</translation>
    </message>
    <message>
        <source>The backup name must not contain spaces.</source>
        <translation>Tên bản sao lưu không được chứa dấu cách.</translation>
    </message>
    <message>
        <source>The backup name may only contain letters A-Z/a-z, digits and underscores, not &quot;%1&quot;.</source>
        <translation>Tên bản sao lưu chỉ được chứa chữ cái A-Z/a-z, chữ số và dấu gạch dưới, không được có &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Invalid backup name &quot;%1&quot;: %2</source>
        <translation>Tên bản sao lưu &quot;%1&quot; không hợp lệ: %2</translation>
    </message>
    <message>
        <source>Use letters, digits and underscores only, starting with a letter or underscore, at most %1 bytes (e.g. brandmind_2024_06_01).</source>
        <translation>Chỉ dùng chữ cái, chữ số và dấu gạch dưới, bắt đầu bằng chữ cái hoặc dấu gạch dưới, tối đa %1 byte (ví dụ: brandmind_2024_06_01).</translation>
    </message>
    <message>
        <source>The collection suffix may only contain letters A-Z/a-z, digits and underscores, not &quot;%1&quot;.</source>
        <translation>Hậu tố bộ sưu tập chỉ được chứa chữ cái A-Z/a-z, chữ số và dấu gạch dưới, không được có &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up from profile:</source>
        <translation>Sao lưu từ hồ sơ kết nối:</translation>
    </message>
    <message>
        <source>&amp;Load graphs from server</source>
        <translation>Tải &amp;danh sách đồ thị từ máy chủ</translation>
    </message>
    <message>
        <source>Graphs</source>
        <translation>Đồ thị</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Bộ sưu tập</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Nơi lưu</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>where backup sets are kept</source>
        <translation>nơi giữ các bộ sao lưu</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <source>Set name:</source>
        <translation>Tên bộ sao lưu:</translation>
    </message>
    <message>
        <source>Consistent snapshot (copies each graph on the server first; needs memory for a second copy)</source>
        <translation>Ảnh chụp nhất quán (sao chép từng đồ thị trên máy chủ trước; cần đủ bộ nhớ cho bản sao thứ hai)</translation>
    </message>
    <message>
        <source>Also make a single-file package to carry to another machine</source>
        <translation>Đồng thời tạo một gói một tệp để mang sang máy khác</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>Where backup sets are kept</source>
        <translation>Nơi giữ các bộ sao lưu</translation>
    </message>
    <message>
        <source>Add a connection profile first (Profiles tab).</source>
        <translation>Hãy thêm một hồ sơ kết nối trước (thẻ Hồ sơ kết nối).</translation>
    </message>
    <message>
        <source>No graph selected: every graph on the server will be backed up.</source>
        <translation>Chưa chọn đồ thị nào: mọi đồ thị trên máy chủ sẽ được sao lưu.</translation>
    </message>
    <message numerus="yes">
        <source>%n graph(s) selected.</source>
        <translation>
            <numerusform>Đã chọn %n đồ thị.</numerusform>
        </translation>
    </message>
    <message>
        <source>List graphs: %1</source>
        <translation>Liệt kê đồ thị: %1</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Another job is running; wait for it or cancel it first.</source>
        <translation>Một tác vụ khác đang chạy; hãy đợi nó xong hoặc hủy nó trước.</translation>
    </message>
    <message>
        <source>Load graphs</source>
        <translation>Tải đồ thị</translation>
    </message>
    <message>
        <source>Choose a connection profile first.</source>
        <translation>Hãy chọn một hồ sơ kết nối trước.</translation>
    </message>
    <message>
        <source>Choose a destination folder and a set name (without &apos;/&apos;).</source>
        <translation>Hãy chọn thư mục lưu và tên bộ sao lưu (không có &apos;/&apos;).</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another set name.</source>
        <translation>%1 đã tồn tại. Hãy chọn tên bộ sao lưu khác.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Không thể tạo thư mục %1.</translation>
    </message>
    <message>
        <source>Back up %1</source>
        <translation>Sao lưu %1</translation>
    </message>
    <message>
        <source>Backup set written to %1: %2 graph(s), %3.</source>
        <translation>Đã ghi bộ sao lưu vào %1: %2 đồ thị, %3.</translation>
    </message>
    <message>
        <source>The backup was canceled; its unfinished set folder was removed.

%1</source>
        <translation>Đã hủy sao lưu; thư mục bộ sao lưu dang dở đã được xóa.

%1</translation>
    </message>
    <message>
        <source>The backup did not complete; no set was left behind.

%1</source>
        <translation>Sao lưu không hoàn tất; không để lại bộ sao lưu nào.

%1</translation>
    </message>
    <message>
        <source>After the backup, also writes &lt;set name&gt;.zip next to the set folder: one file that restore and verify accept as it is. Every file is checked against its checksum on the way.</source>
        <translation>Sau khi sao lưu, ghi thêm &lt;tên bộ sao lưu&gt;.zip cạnh thư mục bộ sao lưu: một tệp duy nhất mà khôi phục và kiểm tra chấp nhận nguyên như vậy. Mỗi tệp được đối chiếu với mã kiểm tra của nó trong quá trình ghi.</translation>
    </message>
    <message>
        <source>Writing the package %1…</source>
        <translation>Đang ghi gói %1…</translation>
    </message>
    <message numerus="yes">
        <source>Package written to %1: %n file(s), %2.</source>
        <translation>
            <numerusform>Đã ghi gói vào %1: %n tệp, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The packaging was canceled; no package was left behind. The backup set %1 is complete and was kept.

%2</source>
        <translation>Đã hủy việc đóng gói; không để lại gói nào. Bộ sao lưu %1 hoàn chỉnh và được giữ lại.

%2</translation>
    </message>
    <message>
        <source>The package could not be written; no package was left behind. The backup set %1 is complete and was kept.

%2</source>
        <translation>Không ghi được gói; không để lại gói nào. Bộ sao lưu %1 hoàn chỉnh và được giữ lại.

%2</translation>
    </message>
    <message>
        <source>Load &amp;collections from Milvus</source>
        <translation>Tải danh sách &amp;bộ sưu tập từ Milvus</translation>
    </message>
    <message>
        <source>S&amp;elect all</source>
        <translation>Chọn &amp;mọi bộ sưu tập</translation>
    </message>
    <message>
        <source>Backed up through milvus-backup at %1: it writes the backup into its bucket, and the whole backup folder is copied into the set. Row counts come from Milvus at %2.</source>
        <translation>Được sao lưu qua milvus-backup tại %1: nó ghi bản sao lưu vào bucket của nó, rồi toàn bộ thư mục sao lưu được sao chép vào bộ sao lưu. Số hàng lấy từ Milvus tại %2.</translation>
    </message>
    <message>
        <source>Graphs are not backed up.</source>
        <translation>Các đồ thị không được sao lưu.</translation>
    </message>
    <message>
        <source>No collection selected: every collection of the Milvus database &quot;default&quot; will be backed up.</source>
        <translation>Chưa chọn bộ sưu tập nào: mọi bộ sưu tập trong cơ sở dữ liệu Milvus &quot;default&quot; sẽ được sao lưu.</translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s) selected.</source>
        <translation>
            <numerusform>Đã chọn %n bộ sưu tập.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collections are not backed up.</source>
        <translation>Các bộ sưu tập không được sao lưu.</translation>
    </message>
    <message>
        <source>Load collections</source>
        <translation>Tải bộ sưu tập</translation>
    </message>
    <message>
        <source>List collections: %1</source>
        <translation>Liệt kê bộ sưu tập: %1</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 hàng)</translation>
    </message>
    <message>
        <source>This Milvus has no collections.</source>
        <translation>Milvus này không có bộ sưu tập nào.</translation>
    </message>
    <message>
        <source>Nothing to back up: tick Graphs and/or Collections.</source>
        <translation>Không có gì để sao lưu: hãy đánh dấu Đồ thị và/hoặc Bộ sưu tập.</translation>
    </message>
    <message numerus="yes">
        <source>Vector backup &quot;%1&quot;: %n collection(s).</source>
        <translation>
            <numerusform>Bản sao lưu vector &quot;%1&quot;: %n bộ sưu tập.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlockingHttpClient</name>
    <message>
        <source>The request to %1 at %2 was canceled.</source>
        <translation>Yêu cầu tới %1 tại %2 đã bị hủy.</translation>
    </message>
    <message>
        <source>%1 at %2 did not answer %3 %4 within %5 s.</source>
        <translation>%1 tại %2 không trả lời %3 %4 trong vòng %5 giây.</translation>
    </message>
    <message>
        <source>The server may be overloaded or hanging; try again, or raise the request timeout.</source>
        <translation>Máy chủ có thể đang quá tải hoặc bị treo; hãy thử lại, hoặc tăng thời gian chờ yêu cầu.</translation>
    </message>
    <message>
        <source>%1 at %2 closed the connection without answering %3 %4.</source>
        <translation>%1 tại %2 đã đóng kết nối mà không trả lời %3 %4.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 at %2: %3.</source>
        <translation>Không thể kết nối tới %1 tại %2: %3.</translation>
    </message>
    <message>
        <source>Is %1 running at %2?</source>
        <translation>%1 có đang chạy tại %2 không?</translation>
    </message>
</context>
<context>
    <name>CollectionComparison</name>
    <message>
        <source>field %1 (%2): only in A</source>
        <translation>trường %1 (%2): chỉ có ở A</translation>
    </message>
    <message>
        <source>field %1 (%2): only in B</source>
        <translation>trường %1 (%2): chỉ có ở B</translation>
    </message>
    <message>
        <source>field %1: %2 in A, %3 in B</source>
        <translation>trường %1: %2 ở A, %3 ở B</translation>
    </message>
    <message>
        <source>listing collections</source>
        <translation>đang liệt kê bộ sưu tập</translation>
    </message>
    <message>
        <source>collections</source>
        <translation>bộ sưu tập</translation>
    </message>
    <message>
        <source>Milvus has no database %1.</source>
        <translation>Milvus không có cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>counting rows</source>
        <translation>đang đếm hàng</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>chỉ có ở B</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>chỉ có ở A</translation>
    </message>
    <message>
        <source>%1: %2 in A, %3 in B</source>
        <translation>%1: %2 ở A, %3 ở B</translation>
    </message>
</context>
<context>
    <name>CompactReplyParser</name>
    <message>
        <source>The reply to %1 has an unexpected shape (%2).</source>
        <translation>Phản hồi cho %1 có cấu trúc không như mong đợi (%2).</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>truy vấn</translation>
    </message>
    <message>
        <source>This FalkorDB version may be newer than this program supports.</source>
        <translation>Phiên bản FalkorDB này có thể mới hơn phiên bản mà chương trình hỗ trợ.</translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 không phải là số nguyên</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; không phải là số</translation>
    </message>
    <message>
        <source>entity properties are not an array</source>
        <translation>thuộc tính của thực thể không phải là một mảng</translation>
    </message>
    <message>
        <source>a property is not a [key, type, value] triple</source>
        <translation>một thuộc tính không phải là bộ ba [khóa, kiểu, giá trị]</translation>
    </message>
    <message>
        <source>a node is not [id, labels, properties]</source>
        <translation>một nút không có dạng [id, nhãn, thuộc tính]</translation>
    </message>
    <message>
        <source>node labels are not an array</source>
        <translation>nhãn của nút không phải là một mảng</translation>
    </message>
    <message>
        <source>an edge is not [id, type, source, destination, properties]</source>
        <translation>một cạnh không có dạng [id, kiểu, nguồn, đích, thuộc tính]</translation>
    </message>
    <message>
        <source>a value is not a [type, value] pair</source>
        <translation>một giá trị không phải là cặp [kiểu, giá trị]</translation>
    </message>
    <message>
        <source>a string value is not a bulk string</source>
        <translation>một giá trị chuỗi không phải là bulk string</translation>
    </message>
    <message>
        <source>a boolean is neither &quot;true&quot; nor &quot;false&quot;</source>
        <translation>một giá trị boolean không phải &quot;true&quot; cũng không phải &quot;false&quot;</translation>
    </message>
    <message>
        <source>a list value is not an array</source>
        <translation>một giá trị danh sách không phải là một mảng</translation>
    </message>
    <message>
        <source>a path is not [nodes, edges]</source>
        <translation>một đường đi không có dạng [nút, cạnh]</translation>
    </message>
    <message>
        <source>a map is not a flat key/value array</source>
        <translation>một map không phải là mảng khóa/giá trị phẳng</translation>
    </message>
    <message>
        <source>a map key is not a string</source>
        <translation>một khóa của map không phải là chuỗi</translation>
    </message>
    <message>
        <source>a point is not [latitude, longitude]</source>
        <translation>một điểm không có dạng [vĩ độ, kinh độ]</translation>
    </message>
    <message>
        <source>a vector is not an array</source>
        <translation>một vector không phải là một mảng</translation>
    </message>
    <message>
        <source>unknown value type %1</source>
        <translation>kiểu giá trị không xác định %1</translation>
    </message>
    <message>
        <source>the reply is not an array</source>
        <translation>phản hồi không phải là một mảng</translation>
    </message>
    <message>
        <source>The schema of graph &apos;%1&apos; changed while it was being read (version mismatch; current version %2).</source>
        <translation>Lược đồ của đồ thị &apos;%1&apos; đã thay đổi trong khi đang được đọc (phiên bản không khớp; phiên bản hiện tại %2).</translation>
    </message>
    <message>
        <source>Run the operation again.</source>
        <translation>Hãy chạy lại thao tác.</translation>
    </message>
    <message>
        <source>the header or the rows are not arrays</source>
        <translation>tiêu đề hoặc các hàng không phải là mảng</translation>
    </message>
    <message>
        <source>a column header is not [type, name]</source>
        <translation>một tiêu đề cột không có dạng [kiểu, tên]</translation>
    </message>
    <message>
        <source>a row does not have one value per column</source>
        <translation>một hàng không có đúng một giá trị cho mỗi cột</translation>
    </message>
    <message>
        <source>%1 top-level elements</source>
        <translation>%1 phần tử ở cấp cao nhất</translation>
    </message>
    <message>
        <source>the statistics are not an array</source>
        <translation>phần thống kê không phải là một mảng</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Profile &quot;%1&quot;: &quot;%2&quot; must be a text URL.</source>
        <translation>Hồ sơ kết nối &quot;%1&quot;: &quot;%2&quot; phải là một URL dạng văn bản.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: &quot;%2&quot; is not a valid URL: %3</source>
        <translation>Hồ sơ kết nối &quot;%1&quot;: &quot;%2&quot; không phải là URL hợp lệ: %3</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: &quot;%2&quot; must be text.</source>
        <translation>Hồ sơ kết nối &quot;%1&quot;: &quot;%2&quot; phải là văn bản.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: &quot;%2&quot; must be an object.</source>
        <translation>Hồ sơ kết nối &quot;%1&quot;: &quot;%2&quot; phải là một đối tượng.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Hồ sơ kết nối cần có tên.</translation>
    </message>
    <message>
        <source>Profile names can be at most 64 characters long.</source>
        <translation>Tên hồ sơ kết nối dài tối đa 64 ký tự.</translation>
    </message>
    <message>
        <source>Profile names cannot start or end with a space.</source>
        <translation>Tên hồ sơ kết nối không được bắt đầu hoặc kết thúc bằng dấu cách.</translation>
    </message>
    <message>
        <source>Profile names cannot contain &apos;/&apos; or &apos;\&apos;.</source>
        <translation>Tên hồ sơ kết nối không được chứa &apos;/&apos; hoặc &apos;\&apos;.</translation>
    </message>
    <message>
        <source>Profile names cannot contain control characters.</source>
        <translation>Tên hồ sơ kết nối không được chứa ký tự điều khiển.</translation>
    </message>
    <message>
        <source>Choose a name such as &quot;dev laptop&quot; or &quot;production&quot;.</source>
        <translation>Hãy chọn một tên như &quot;máy dev&quot; hoặc &quot;production&quot;.</translation>
    </message>
    <message>
        <source>A profile has no name.</source>
        <translation>Có một hồ sơ kết nối không có tên.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: &quot;graphs&quot; must be a list of names.</source>
        <translation>Hồ sơ kết nối &quot;%1&quot;: &quot;graphs&quot; phải là một danh sách tên.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: graph names must be text.</source>
        <translation>Hồ sơ kết nối &quot;%1&quot;: tên đồ thị phải là văn bản.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: &quot;insecure&quot; must be true or false.</source>
        <translation>Hồ sơ kết nối &quot;%1&quot;: &quot;insecure&quot; phải là true hoặc false.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: unknown secret policy &quot;%2&quot; for %3.</source>
        <translation>Hồ sơ kết nối &quot;%1&quot;: cách giữ bí mật &quot;%2&quot; cho %3 không xác định.</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>The profile names no server: enter at least the FalkorDB URL.</source>
        <translation>Hồ sơ kết nối chưa có máy chủ nào: hãy nhập ít nhất URL FalkorDB.</translation>
    </message>
    <message>
        <source>FalkorDB %1: Redis %2 answered, but it has no graph module loaded.</source>
        <translation>FalkorDB %1: Redis %2 có trả lời, nhưng chưa nạp module đồ thị nào.</translation>
    </message>
    <message>
        <source>FalkorDB %1: graph module %2 on Redis %3, %4 graph(s).</source>
        <translation>FalkorDB %1: module đồ thị %2 trên Redis %3, %4 đồ thị.</translation>
    </message>
    <message>
        <source>    graph %1: %2 nodes, %3 edges</source>
        <translation>    đồ thị %1: %2 nút, %3 cạnh</translation>
    </message>
    <message>
        <source>    graph %1 (named in the profile) does not exist on this server.</source>
        <translation>    đồ thị %1 (có tên trong hồ sơ kết nối) không tồn tại trên máy chủ này.</translation>
    </message>
    <message>
        <source>FalkorDB %1: %2</source>
        <translation>FalkorDB %1: %2</translation>
    </message>
    <message>
        <source>0.5.10 or newer</source>
        <translation>0.5.10 trở lên</translation>
    </message>
    <message>
        <source>older than 0.5.10</source>
        <translation>cũ hơn 0.5.10</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>milvus-backup %1: answers (%2 API); check: %3</source>
        <translation>milvus-backup %1: có trả lời (API %2); kiểm tra: %3</translation>
    </message>
    <message>
        <source>milvus-backup %1: %2</source>
        <translation>milvus-backup %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Milvus %1: %n collection(s)</source>
        <translation>
            <numerusform>Milvus %1: %n bộ sưu tập</numerusform>
        </translation>
    </message>
    <message>
        <source>    collection %1: %2 rows</source>
        <translation>    bộ sưu tập %1: %2 hàng</translation>
    </message>
    <message>
        <source>Milvus %1: %2</source>
        <translation>Milvus %1: %2</translation>
    </message>
    <message>
        <source>S3 %1: the bucket does not exist.</source>
        <translation>S3 %1: bucket không tồn tại.</translation>
    </message>
    <message numerus="yes">
        <source>S3 %1: bucket reachable, %n backup folder(s) under /%2</source>
        <translation>
            <numerusform>S3 %1: truy cập được bucket, có %n thư mục sao lưu trong /%2</numerusform>
        </translation>
    </message>
    <message>
        <source>S3 %1: %2</source>
        <translation>S3 %1: %2</translation>
    </message>
</context>
<context>
    <name>CountsChart</name>
    <message>
        <source>Compare two sets (or a set and a live profile) to see counts per label.</source>
        <translation>So sánh hai bộ sao lưu (hoặc một bộ sao lưu với một hồ sơ kết nối đang chạy) để xem số lượng theo từng nhãn.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>read</source>
        <translation>đọc</translation>
    </message>
    <message>
        <source>store</source>
        <translation>lưu</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>xóa</translation>
    </message>
    <message>
        <source>This computer may have no keychain service (Secret Service such as GNOME Keyring or KWallet), which is common on servers without a desktop session. In the desktop app, set this secret to &quot;Ask every time&quot;; on the command line, set the environment variable %1 instead. Secrets are never written to files as a fallback.</source>
        <translation>Máy tính này có thể không có dịch vụ keychain (Secret Service như GNOME Keyring hoặc KWallet), điều thường gặp trên máy chủ không có phiên làm việc desktop. Trong ứng dụng desktop, hãy đặt bí mật này thành &quot;Hỏi mỗi lần&quot;; trên dòng lệnh, hãy đặt biến môi trường %1 thay thế. Bí mật không bao giờ được ghi ra tệp để thay thế.</translation>
    </message>
    <message>
        <source>Could not %1 the %2 of profile &quot;%3&quot; in the system keychain</source>
        <translation>Không thể %1 %2 của hồ sơ kết nối &quot;%3&quot; trong keychain của hệ thống</translation>
    </message>
    <message>
        <source>The %1 of profile &quot;%2&quot; is not in the system keychain.</source>
        <translation>Không có %1 của hồ sơ kết nối &quot;%2&quot; trong keychain của hệ thống.</translation>
    </message>
    <message>
        <source>Enter it again in the profile, or set %1 on the command line.</source>
        <translation>Hãy nhập lại trong hồ sơ kết nối, hoặc đặt %1 trên dòng lệnh.</translation>
    </message>
    <message>
        <source>: access was refused.</source>
        <translation>: quyền truy cập bị từ chối.</translation>
    </message>
    <message>
        <source>Allow BrandMind Backup to use the keychain when asked, or set this secret to &quot;Ask every time&quot;.</source>
        <translation>Hãy cho phép BrandMind Backup dùng keychain khi được hỏi, hoặc đặt bí mật này thành &quot;Hỏi mỗi lần&quot;.</translation>
    </message>
    <message>
        <source>: the keychain is locked or refused access</source>
        <translation>: keychain đang bị khóa hoặc đã từ chối truy cập</translation>
    </message>
    <message>
        <source>Unlock the keychain (log in to the desktop session) and try again. </source>
        <translation>Hãy mở khóa keychain (đăng nhập vào phiên làm việc desktop) rồi thử lại. </translation>
    </message>
    <message>
        <source>: no usable keychain is available</source>
        <translation>: không có keychain nào dùng được</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds while trying to %2 the %3 of profile &quot;%4&quot;.</source>
        <translation>Keychain của hệ thống không trả lời trong vòng %1 giây khi đang cố %2 %3 của hồ sơ kết nối &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>If the keychain shows an unlock prompt, answer it. </source>
        <translation>Nếu keychain hiện lời nhắc mở khóa, hãy trả lời nó. </translation>
    </message>
    <message>
        <source>An empty %1 cannot be stored.</source>
        <translation>Không thể lưu %1 rỗng.</translation>
    </message>
    <message>
        <source>If the server needs no secret, set it to &quot;Not needed&quot; in the profile.</source>
        <translation>Nếu máy chủ không cần bí mật, hãy đặt thành &quot;Không cần&quot; trong hồ sơ kết nối.</translation>
    </message>
    <message>
        <source>the keychain service was shut down</source>
        <translation>dịch vụ keychain đã bị tắt</translation>
    </message>
</context>
<context>
    <name>CypherParameters</name>
    <message>
        <source>The query parameter name &apos;%1&apos; cannot be written in Cypher.</source>
        <translation>Không thể viết tên tham số truy vấn &apos;%1&apos; trong Cypher.</translation>
    </message>
    <message>
        <source>The value of query parameter &apos;%1&apos; cannot be sent as a parameter (%2 values, NaN, infinities and strings with NUL characters are not supported).</source>
        <translation>Không thể gửi giá trị của tham số truy vấn &apos;%1&apos; dưới dạng tham số (không hỗ trợ giá trị %2, NaN, vô cực và chuỗi có ký tự NUL).</translation>
    </message>
    <message>
        <source>Build such values in the query (point(), vecf32(), date(), ...).</source>
        <translation>Hãy tạo các giá trị như vậy ngay trong truy vấn (point(), vecf32(), date(), ...).</translation>
    </message>
</context>
<context>
    <name>DiffPage</name>
    <message>
        <source>Left (older):</source>
        <translation>Bên trái (cũ hơn):</translation>
    </message>
    <message>
        <source>Right (newer):</source>
        <translation>Bên phải (mới hơn):</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>S&amp;o sánh</translation>
    </message>
    <message>
        <source>Graph:</source>
        <translation>Đồ thị:</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Đã đếm</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Trái</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Phải</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Bộ sao lưu %1</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Trực tiếp: %1</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Compare %1 with %2</source>
        <translation>So sánh %1 với %2</translation>
    </message>
    <message>
        <source>Another job is running; wait for it or cancel it first.</source>
        <translation>Một tác vụ khác đang chạy; hãy đợi nó xong hoặc hủy nó trước.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Đang so sánh…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;Different&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;Khác nhau&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Comparison failed.</source>
        <translation>So sánh thất bại.</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>same</source>
        <translation>giống</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nút</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Cạnh</translation>
    </message>
    <message>
        <source>:%1 nodes</source>
        <translation>:%1 nút</translation>
    </message>
    <message>
        <source>[:%1] edges</source>
        <translation>[:%1] cạnh</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>giống hệt</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>khác</translation>
    </message>
    <message>
        <source>Added, removed and changed nodes and edges, and schema differences, appear here after a comparison.</source>
        <translation>Các nút và cạnh được thêm, bị xóa và bị thay đổi, cùng các khác biệt về lược đồ, sẽ hiện ở đây sau khi so sánh.</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Gói %1</translation>
    </message>
    <message>
        <source>Choose two different sides to compare.</source>
        <translation>Hãy chọn hai phía khác nhau để so sánh.</translation>
    </message>
    <message>
        <source>%1 (live)</source>
        <translation>%1 (trực tiếp)</translation>
    </message>
    <message>
        <source>%1 (only right)</source>
        <translation>%1 (chỉ bên phải)</translation>
    </message>
    <message>
        <source>%1 (only left)</source>
        <translation>%1 (chỉ bên trái)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;&lt;b&gt;Identical&lt;/b&gt;: same counts, content and schema.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;&lt;b&gt;Giống hệt&lt;/b&gt;: cùng số lượng, nội dung và lược đồ.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 changed</source>
        <translation>%1: %2 được thêm, %3 bị xóa, %4 bị thay đổi</translation>
    </message>
    <message>
        <source>  + added: %1</source>
        <translation>  + được thêm: %1</translation>
    </message>
    <message>
        <source>  − removed: %1</source>
        <translation>  − bị xóa: %1</translation>
    </message>
    <message>
        <source>  ~ changed: %1</source>
        <translation>  ~ bị thay đổi: %1</translation>
    </message>
    <message>
        <source>Collection %1:</source>
        <translation>Bộ sưu tập %1:</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>%1 nodes, %2 edges changed</source>
        <translation>%1 nút, %2 cạnh bị thay đổi</translation>
    </message>
    <message>
        <source>Schema (A = left, B = right):</source>
        <translation>Lược đồ (A = trái, B = phải):</translation>
    </message>
    <message>
        <source>  only left: %1</source>
        <translation>  chỉ bên trái: %1</translation>
    </message>
    <message>
        <source>  only right: %1</source>
        <translation>  chỉ bên phải: %1</translation>
    </message>
    <message>
        <source>No differences in content or schema.</source>
        <translation>Không có khác biệt nào về nội dung hay lược đồ.</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Bộ sưu tập</translation>
    </message>
    <message>
        <source>Left rows</source>
        <translation>Số hàng bên trái</translation>
    </message>
    <message>
        <source>Right rows</source>
        <translation>Số hàng bên phải</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Khác biệt</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; names neither a FalkorDB nor a Milvus server.</source>
        <translation>Hồ sơ kết nối &quot;%1&quot; không có máy chủ FalkorDB lẫn máy chủ Milvus.</translation>
    </message>
    <message>
        <source>Edit the profile and enter the FalkorDB URL, the Milvus URL or both.</source>
        <translation>Hãy sửa hồ sơ kết nối và nhập URL FalkorDB, URL Milvus hoặc cả hai.</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>chưa đếm</translation>
    </message>
    <message>
        <source>added</source>
        <translation>được thêm</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>bị xóa</translation>
    </message>
</context>
<context>
    <name>FalkorConnection</name>
    <message>
        <source>Canceled while talking to FalkorDB at %1.</source>
        <translation>Đã hủy trong khi đang trao đổi với FalkorDB tại %1.</translation>
    </message>
    <message>
        <source>Could not connect to %1: connection refused.</source>
        <translation>Không thể kết nối tới %1: kết nối bị từ chối.</translation>
    </message>
    <message>
        <source>Is FalkorDB running on %1?</source>
        <translation>FalkorDB có đang chạy trên %1 không?</translation>
    </message>
    <message>
        <source>The host &apos;%1&apos; was not found.</source>
        <translation>Không tìm thấy máy chủ &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Check the host name in the FalkorDB address.</source>
        <translation>Hãy kiểm tra tên máy chủ trong địa chỉ FalkorDB.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2.</source>
        <translation>Không thể truy cập %1: %2.</translation>
    </message>
    <message>
        <source>Check the network, the host and the port.</source>
        <translation>Hãy kiểm tra mạng, máy chủ và cổng.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2.</source>
        <translation>Kết nối TLS tới %1 thất bại: %2.</translation>
    </message>
    <message>
        <source>Check the CA file (ca=), the server name (sni=) and that the server speaks TLS on this port; insecure=1 turns certificate checks off.</source>
        <translation>Hãy kiểm tra tệp CA (ca=), tên máy chủ (sni=) và máy chủ có dùng TLS trên cổng này không; insecure=1 sẽ tắt việc kiểm tra chứng chỉ.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection %2.</source>
        <translation>Máy chủ tại %1 đã đóng kết nối %2.</translation>
    </message>
    <message>
        <source>Check that the server is FalkorDB/Redis and still running.</source>
        <translation>Hãy kiểm tra máy chủ có phải là FalkorDB/Redis và vẫn đang chạy không.</translation>
    </message>
    <message>
        <source>If the server uses TLS, use a rediss:// address.</source>
        <translation>Nếu máy chủ dùng TLS, hãy dùng địa chỉ rediss://.</translation>
    </message>
    <message>
        <source>The connection to %1 failed %2: %3.</source>
        <translation>Kết nối tới %1 thất bại %2: %3.</translation>
    </message>
    <message>
        <source>Check that FalkorDB is running and reachable.</source>
        <translation>Hãy kiểm tra FalkorDB có đang chạy và truy cập được không.</translation>
    </message>
    <message>
        <source>TLS is not available on this computer (no OpenSSL backend for Qt).</source>
        <translation>Máy tính này không có TLS (không có backend OpenSSL cho Qt).</translation>
    </message>
    <message>
        <source>Install OpenSSL 3 (libssl3) or use a redis:// address.</source>
        <translation>Hãy cài OpenSSL 3 (libssl3) hoặc dùng địa chỉ redis://.</translation>
    </message>
    <message>
        <source>Could not read a CA certificate from &apos;%1&apos;.</source>
        <translation>Không đọc được chứng chỉ CA từ &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>ca= must name a PEM file (for FalkorDB&apos;s Docker image: ca.crt from /var/lib/falkordb/tls).</source>
        <translation>ca= phải là một tệp PEM (với image Docker của FalkorDB: ca.crt trong /var/lib/falkordb/tls).</translation>
    </message>
    <message>
        <source>TLS certificate checks are off for %1 (insecure=1).</source>
        <translation>Việc kiểm tra chứng chỉ TLS đang tắt cho %1 (insecure=1).</translation>
    </message>
    <message>
        <source>Connecting to %1 took longer than %2 ms.</source>
        <translation>Kết nối tới %1 mất quá %2 ms.</translation>
    </message>
    <message>
        <source>Check the host and port, or raise connect_timeout= in the address.</source>
        <translation>Hãy kiểm tra máy chủ và cổng, hoặc tăng connect_timeout= trong địa chỉ.</translation>
    </message>
    <message>
        <source>while connecting</source>
        <translation>khi đang kết nối</translation>
    </message>
    <message>
        <source>while sending</source>
        <translation>khi đang gửi</translation>
    </message>
    <message>
        <source>while waiting for a reply</source>
        <translation>khi đang chờ phản hồi</translation>
    </message>
    <message>
        <source>FalkorDB at %1 did not answer within %2 ms.</source>
        <translation>FalkorDB tại %1 không trả lời trong vòng %2 ms.</translation>
    </message>
    <message>
        <source>The server may still be working on the request. Raise read_timeout= (0 waits forever) or use smaller pages.</source>
        <translation>Máy chủ có thể vẫn đang xử lý yêu cầu. Hãy tăng read_timeout= (0 là chờ mãi) hoặc dùng trang nhỏ hơn.</translation>
    </message>
    <message>
        <source>Could not encode a command (out of memory).</source>
        <translation>Không thể mã hóa lệnh (hết bộ nhớ).</translation>
    </message>
    <message>
        <source>%1 does not need a password; the one given was not used.</source>
        <translation>%1 không cần mật khẩu; mật khẩu đã cho không được dùng.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer PING like Redis does.</source>
        <translation>Máy chủ tại %1 không trả lời PING như Redis.</translation>
    </message>
    <message>
        <source>Check that the address points at a FalkorDB server.</source>
        <translation>Hãy kiểm tra địa chỉ có trỏ tới một máy chủ FalkorDB không.</translation>
    </message>
    <message>
        <source>Not connected to FalkorDB.</source>
        <translation>Chưa kết nối tới FalkorDB.</translation>
    </message>
    <message>
        <source>The connection was closed after an earlier error; open it again.</source>
        <translation>Kết nối đã bị đóng sau một lỗi trước đó; hãy mở lại.</translation>
    </message>
    <message>
        <source>%1 on graph &apos;%2&apos;</source>
        <translation>%1 trên đồ thị &apos;%2&apos;</translation>
    </message>
    <message>
        <source>This Redis server (%1) has no FalkorDB graph module.</source>
        <translation>Máy chủ Redis này (%1) không có module đồ thị FalkorDB.</translation>
    </message>
    <message>
        <source>Connect to a FalkorDB server, or load the module (loadmodule falkordb.so).</source>
        <translation>Hãy kết nối tới một máy chủ FalkorDB, hoặc nạp module (loadmodule falkordb.so).</translation>
    </message>
    <message>
        <source>The server did not return the configuration field %1.</source>
        <translation>Máy chủ không trả về trường cấu hình %1.</translation>
    </message>
    <message>
        <source>The configuration field %1 is not a number (&apos;%2&apos;).</source>
        <translation>Trường cấu hình %1 không phải là số (&apos;%2&apos;).</translation>
    </message>
    <message>
        <source>reading the schema of graph &apos;%1&apos;</source>
        <translation>việc đọc lược đồ của đồ thị &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The reply of %1 refers to %2 id %3, which the graph&apos;s schema does not list.</source>
        <translation>Phản hồi của %1 nhắc tới %2 id %3, vốn không có trong lược đồ của đồ thị.</translation>
    </message>
    <message>
        <source>The graph may have been deleted and recreated meanwhile; run the operation again.</source>
        <translation>Đồ thị có thể đã bị xóa và tạo lại trong lúc đó; hãy chạy lại thao tác.</translation>
    </message>
</context>
<context>
    <name>FalkorEndpoint</name>
    <message>
        <source>&apos;%1&apos; is not a FalkorDB address: it must start with redis:// or rediss:// (TLS), e.g. redis://localhost:6379.</source>
        <translation>&apos;%1&apos; không phải là địa chỉ FalkorDB: địa chỉ phải bắt đầu bằng redis:// hoặc rediss:// (TLS), ví dụ redis://localhost:6379.</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>địa chỉ</translation>
    </message>
    <message>
        <source>Unsupported scheme &apos;%1://&apos;: use redis:// or rediss:// (TLS).</source>
        <translation>Không hỗ trợ lược đồ URL &apos;%1://&apos;: hãy dùng redis:// hoặc rediss:// (TLS).</translation>
    </message>
    <message>
        <source>Only database 0 can be used (the address ends in &apos;%1&apos;): remove the path.</source>
        <translation>Chỉ dùng được cơ sở dữ liệu 0 (địa chỉ kết thúc bằng &apos;%1&apos;): hãy bỏ phần đường dẫn.</translation>
    </message>
    <message>
        <source>The IPv6 address in the FalkorDB address has no closing &apos;]&apos;.</source>
        <translation>Địa chỉ IPv6 trong địa chỉ FalkorDB thiếu dấu &apos;]&apos; đóng.</translation>
    </message>
    <message>
        <source>Unexpected text after the IPv6 address: &apos;%1&apos;.</source>
        <translation>Có văn bản không mong đợi sau địa chỉ IPv6: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The port after &apos;:&apos; is missing.</source>
        <translation>Thiếu cổng sau dấu &apos;:&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address.</source>
        <translation>&apos;%1&apos; không phải là địa chỉ IPv6 hợp lệ.</translation>
    </message>
    <message>
        <source>Write an IPv6 address in brackets, e.g. redis://[::1]:6379.</source>
        <translation>Hãy viết địa chỉ IPv6 trong dấu ngoặc vuông, ví dụ redis://[::1]:6379.</translation>
    </message>
    <message>
        <source>The FalkorDB address has no host name, e.g. redis://localhost:6379.</source>
        <translation>Địa chỉ FalkorDB không có tên máy chủ, ví dụ redis://localhost:6379.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name.</source>
        <translation>&apos;%1&apos; không phải là tên máy chủ hợp lệ.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid port: use a number from 1 to 65535.</source>
        <translation>&apos;%1&apos; không phải là cổng hợp lệ: hãy dùng số từ 1 đến 65535.</translation>
    </message>
    <message>
        <source>The port is not a number: use a number from 1 to 65535 (did you forget the &apos;@&apos; after user:password?).</source>
        <translation>Cổng không phải là số: hãy dùng số từ 1 đến 65535 (bạn có quên dấu &apos;@&apos; sau user:password không?).</translation>
    </message>
    <message>
        <source>insecure= must be 1 or 0, not &apos;%1&apos;.</source>
        <translation>insecure= phải là 1 hoặc 0, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1= must be a number of milliseconds (0 or more), not &apos;%2&apos;.</source>
        <translation>%1= phải là số mili giây (từ 0 trở lên), không phải &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>connect_timeout= must be more than 0 milliseconds.</source>
        <translation>connect_timeout= phải lớn hơn 0 mili giây.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos; in the FalkorDB address (known: ca, sni, insecure, connect_timeout, read_timeout).</source>
        <translation>Tùy chọn không xác định &apos;%1&apos; trong địa chỉ FalkorDB (các tùy chọn hợp lệ: ca, sni, insecure, connect_timeout, read_timeout).</translation>
    </message>
    <message>
        <source>The options ca=, sni= and insecure= need a TLS address (rediss://).</source>
        <translation>Các tùy chọn ca=, sni= và insecure= cần địa chỉ TLS (rediss://).</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Backup folder:</source>
        <translation>Thư mục sao lưu:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Bộ sao lưu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Graphs</source>
        <translation>Đồ thị</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nút</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Cạnh</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Chi tiết</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>Khôi &amp;phục…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;So sánh…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>&amp;Mở thư mục</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <source>No backup sets in this folder yet.</source>
        <translation>Thư mục này chưa có bộ sao lưu nào.</translation>
    </message>
    <message>
        <source>Set: %1</source>
        <translation>Bộ sao lưu: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>Made by %1 from %2 (FalkorDB %3, Redis %4), %5 to %6</source>
        <translation>Tạo bởi %1 từ %2 (FalkorDB %3, Redis %4), từ %5 đến %6</translation>
    </message>
    <message>
        <source>  graph %1: %2 nodes, %3 edges</source>
        <translation>  đồ thị %1: %2 nút, %3 cạnh</translation>
    </message>
    <message>
        <source>  collection %1.%2: %3 rows</source>
        <translation>  bộ sưu tập %1.%2: %3 hàng</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with checksums.</source>
        <translation>
            <numerusform>%n tệp có mã kiểm tra (checksum).</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message>
        <source>This backup never finished (there is no manifest.json). Do not rely on it; delete it.</source>
        <translation>Bản sao lưu này chưa bao giờ hoàn tất (không có manifest.json). Đừng dựa vào nó; hãy xóa nó đi.</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Kiểm tra %1</translation>
    </message>
    <message>
        <source>✔ The set is whole: every file matches its checksum and every graph its counts and fingerprint.</source>
        <translation>✔ Bộ sao lưu còn nguyên vẹn: mọi tệp khớp mã kiểm tra và mọi đồ thị khớp số lượng và dấu vân tay.</translation>
    </message>
    <message>
        <source>✘ The set is damaged:</source>
        <translation>✘ Bộ sao lưu bị hỏng:</translation>
    </message>
    <message>
        <source>  graph %1: %2 nodes, %3 edges%4</source>
        <translation>  đồ thị %1: %2 nút, %3 cạnh%4</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Another job is running; wait for it or cancel it first.</source>
        <translation>Một tác vụ khác đang chạy; hãy đợi nó xong hoặc hủy nó trước.</translation>
    </message>
    <message>
        <source>✘ Verification failed: %1</source>
        <translation>✘ Kiểm tra thất bại: %1</translation>
    </message>
    <message>
        <source>Delete backup set</source>
        <translation>Xóa bộ sao lưu</translation>
    </message>
    <message>
        <source>Delete the backup set %1 and all its files? This cannot be undone.</source>
        <translation>Xóa bộ sao lưu %1 và toàn bộ tệp của nó? Không thể hoàn tác thao tác này.</translation>
    </message>
    <message>
        <source>Some files of %1 could not be deleted.</source>
        <translation>Không xóa được một số tệp của %1.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Hoàn chỉnh</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Chưa hoàn chỉnh</translation>
    </message>
    <message>
        <source>Corrupt</source>
        <translation>Bị hỏng</translation>
    </message>
    <message>
        <source>Package (.zip)</source>
        <translation>Gói (.zip)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>Gói: %1</translation>
    </message>
    <message>
        <source>  graph folder %1 found: %2 nodes, %3 edges</source>
        <translation>  tìm thấy thư mục đồ thị %1: %2 nút, %3 cạnh</translation>
    </message>
    <message>
        <source>This backup is damaged: do not restore from it. Verify reads every checksum and says what is wrong.</source>
        <translation>Bản sao lưu này bị hỏng: đừng khôi phục từ nó. Kiểm tra sẽ đọc mọi mã kiểm tra và cho biết chỗ nào sai.</translation>
    </message>
    <message>
        <source>Delete the backup package %1? This cannot be undone.</source>
        <translation>Xóa gói sao lưu %1? Không thể hoàn tác thao tác này.</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Bộ sưu tập</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Hàng</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Stopping: waiting for the job to reach a safe point and roll back…</source>
        <translation>Đang dừng: chờ tác vụ đến điểm an toàn và hoàn tác…</translation>
    </message>
    <message>
        <source>The job failed unexpectedly.</source>
        <translation>Tác vụ thất bại ngoài dự kiến.</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>No job running.</source>
        <translation>Không có tác vụ nào đang chạy.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Đã xong.</translation>
    </message>
    <message>
        <source>%1: finished.</source>
        <translation>%1: đã xong.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;Failed:&lt;/b&gt; %1&lt;/span&gt; %2</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;Thất bại:&lt;/b&gt; %1&lt;/span&gt; %2</translation>
    </message>
    <message>
        <source>%1: FAILED: %2 %3</source>
        <translation>%1: THẤT BẠI: %2 %3</translation>
    </message>
    <message>
        <source>Canceled. Nothing half-done was left behind: a backup removes its unfinished set folder, a restore deletes the graph it had started. (%1)</source>
        <translation>Đã hủy. Không để lại gì dang dở: sao lưu xóa thư mục bộ sao lưu chưa xong, khôi phục xóa đồ thị nó đã bắt đầu. (%1)</translation>
    </message>
    <message>
        <source>No job running. Last: %1</source>
        <translation>Không có tác vụ nào đang chạy. Lần cuối: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Đang chạy…</translation>
    </message>
    <message>
        <source>%1: started.</source>
        <translation>%1: đã bắt đầu.</translation>
    </message>
    <message>
        <source>job</source>
        <translation>tác vụ</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>xong</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/giây</translation>
    </message>
    <message>
        <source>%1 %2/s</source>
        <translation>%1 %2/giây</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>còn %1 giây</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>còn %1 phút</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>còn %1 giờ %2 phút</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>cảnh báo: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>lỗi: </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BrandMind Backup</source>
        <translation>BrandMind Backup</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>Thao tá&amp;c</translation>
    </message>
    <message>
        <source>&amp;Import profiles…</source>
        <translation>&amp;Nhập hồ sơ kết nối…</translation>
    </message>
    <message>
        <source>&amp;Export profiles…</source>
        <translation>&amp;Xuất hồ sơ kết nối…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Hồ sơ kết nối</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sao lưu</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Lịch sử</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>So sá&amp;nh</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>Tác &amp;vụ</translation>
    </message>
    <message>
        <source>Backup set %1 written.</source>
        <translation>Đã ghi bộ sao lưu %1.</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Đang chạy: %1</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Hồ sơ kết nối</translation>
    </message>
    <message>
        <source>The profiles file cannot be read and was left untouched:

%1</source>
        <translation>Không đọc được tệp hồ sơ kết nối, tệp được giữ nguyên:

%1</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>A job is running. Stop it (it rolls back) and quit?</source>
        <translation>Một tác vụ đang chạy. Dừng nó (tác vụ sẽ được hoàn tác) và thoát?</translation>
    </message>
</context>
<context>
    <name>MilvusBackupClient</name>
    <message>
        <source>milvus-backup at %1 speaks the 0.5.10+ API.</source>
        <translation>milvus-backup tại %1 dùng API 0.5.10 trở lên.</translation>
    </message>
    <message>
        <source>milvus-backup at %1 speaks the pre-0.5.10 API.</source>
        <translation>milvus-backup tại %1 dùng API trước 0.5.10.</translation>
    </message>
    <message>
        <source>%1 answers, but not like milvus-backup (HTTP %2: %3).</source>
        <translation>%1 có trả lời, nhưng không giống milvus-backup (HTTP %2: %3).</translation>
    </message>
    <message>
        <source>Check the host and port of milvus-backup&apos;s REST server (default 8080).</source>
        <translation>Hãy kiểm tra máy chủ và cổng của máy chủ REST milvus-backup (mặc định 8080).</translation>
    </message>
    <message>
        <source>milvus-backup is running but cannot reach Milvus or its object storage. Check milvus.address/milvus.port and the minio.* settings in its backup.yaml, and that Milvus is up.</source>
        <translation>milvus-backup đang chạy nhưng không truy cập được Milvus hoặc kho lưu trữ đối tượng của nó. Hãy kiểm tra milvus.address/milvus.port và các thiết lập minio.* trong backup.yaml của nó, và Milvus có đang chạy không.</translation>
    </message>
    <message>
        <source>milvus-backup at %1 failed its connection check: %2</source>
        <translation>milvus-backup tại %1 không qua được bước kiểm tra kết nối: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>list backups</source>
        <translation>liệt kê các bản sao lưu</translation>
    </message>
    <message>
        <source>milvus-backup has no backup named &quot;%1&quot;.</source>
        <translation>milvus-backup không có bản sao lưu nào tên &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Check the name with the backup list; milvus-backup only sees backups under its configured bucket and root path.</source>
        <translation>Hãy đối chiếu tên với danh sách bản sao lưu; milvus-backup chỉ thấy các bản sao lưu nằm trong bucket và đường dẫn gốc đã cấu hình.</translation>
    </message>
    <message>
        <source>read backup &quot;%1&quot;</source>
        <translation>đọc bản sao lưu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>milvus-backup does not know backup task %1.</source>
        <translation>milvus-backup không biết tác vụ sao lưu %1.</translation>
    </message>
    <message>
        <source>read backup task %1</source>
        <translation>đọc tác vụ sao lưu %1</translation>
    </message>
    <message>
        <source>A backup named &quot;%1&quot; already exists in milvus-backup&apos;s storage.</source>
        <translation>Kho lưu trữ của milvus-backup đã có một bản sao lưu tên &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose another name, or delete the existing backup first.</source>
        <translation>Hãy chọn tên khác, hoặc xóa bản sao lưu đã có trước.</translation>
    </message>
    <message>
        <source>Starting milvus-backup backup &quot;%1&quot; as task %2.</source>
        <translation>Đang bắt đầu bản sao lưu milvus-backup &quot;%1&quot; với tác vụ %2.</translation>
    </message>
    <message>
        <source>The reply to the create request was lost, but milvus-backup runs task %1; following it.</source>
        <translation>Phản hồi cho yêu cầu tạo đã bị mất, nhưng milvus-backup đang chạy tác vụ %1; đang theo dõi tác vụ đó.</translation>
    </message>
    <message>
        <source>(backup task id %1)</source>
        <translation>(mã tác vụ sao lưu %1)</translation>
    </message>
    <message>
        <source>start backup &quot;%1&quot;</source>
        <translation>bắt đầu sao lưu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>milvus-backup has no backup named &quot;%1&quot; to delete: %2</source>
        <translation>milvus-backup không có bản sao lưu nào tên &quot;%1&quot; để xóa: %2</translation>
    </message>
    <message>
        <source>A folder without readable meta files must be removed from the bucket directly.</source>
        <translation>Thư mục không có tệp meta đọc được phải được xóa trực tiếp khỏi bucket.</translation>
    </message>
    <message>
        <source>delete backup &quot;%1&quot;</source>
        <translation>xóa bản sao lưu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>milvus-backup does not know restore task %1.</source>
        <translation>milvus-backup không biết tác vụ khôi phục %1.</translation>
    </message>
    <message>
        <source>read restore task %1</source>
        <translation>đọc tác vụ khôi phục %1</translation>
    </message>
    <message>
        <source>Starting milvus-backup restore of &quot;%1&quot; as task %2.</source>
        <translation>Đang bắt đầu khôi phục &quot;%1&quot; bằng milvus-backup với tác vụ %2.</translation>
    </message>
    <message>
        <source>(restore task id %1)</source>
        <translation>(mã tác vụ khôi phục %1)</translation>
    </message>
    <message>
        <source>start restoring backup &quot;%1&quot;</source>
        <translation>bắt đầu khôi phục bản sao lưu &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>MilvusBackupRequestBuilder</name>
    <message>
        <source>Invalid collection rename &quot;%1&quot; -&gt; &quot;%2&quot;.</source>
        <translation>Đổi tên bộ sưu tập &quot;%1&quot; -&gt; &quot;%2&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>Use &quot;db.collection&quot;, &quot;collection&quot; or &quot;db.*&quot; on both sides.</source>
        <translation>Hãy dùng &quot;db.collection&quot;, &quot;collection&quot; hoặc &quot;db.*&quot; ở cả hai phía.</translation>
    </message>
    <message>
        <source>&quot;Drop existing collections&quot; and &quot;import into existing collections&quot; cannot be combined.</source>
        <translation>Không thể kết hợp &quot;xóa các bộ sưu tập hiện có&quot; và &quot;nhập vào các bộ sưu tập hiện có&quot;.</translation>
    </message>
    <message>
        <source>Unknown backup strategy &quot;%1&quot;.</source>
        <translation>Chiến lược sao lưu &quot;%1&quot; không xác định.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Hãy dùng một trong: %1.</translation>
    </message>
    <message>
        <source>The backup strategy &quot;%1&quot; needs milvus-backup 0.5.10 or newer.</source>
        <translation>Chiến lược sao lưu &quot;%1&quot; cần milvus-backup 0.5.10 trở lên.</translation>
    </message>
    <message>
        <source>A backup root path other than the configured one needs milvus-backup 0.5.9 or newer (older servers ignore it and write to the default root).</source>
        <translation>Đường dẫn gốc sao lưu khác với đường dẫn đã cấu hình cần milvus-backup 0.5.9 trở lên (máy chủ cũ hơn bỏ qua nó và ghi vào đường dẫn gốc mặc định).</translation>
    </message>
    <message>
        <source>Backing up extra index information needs milvus-backup 0.5.10 or newer.</source>
        <translation>Sao lưu thêm thông tin chỉ mục cần milvus-backup 0.5.10 trở lên.</translation>
    </message>
    <message>
        <source>Invalid database name &quot;%1&quot;.</source>
        <translation>Tên cơ sở dữ liệu &quot;%1&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>Database names contain letters, digits and underscores.</source>
        <translation>Tên cơ sở dữ liệu gồm chữ cái, chữ số và dấu gạch dưới.</translation>
    </message>
    <message>
        <source>Invalid collection name &quot;%1&quot; in database &quot;%2&quot;.</source>
        <translation>Tên bộ sưu tập &quot;%1&quot; trong cơ sở dữ liệu &quot;%2&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>Collection names contain letters, digits and underscores; &quot;*&quot; means all collections.</source>
        <translation>Tên bộ sưu tập gồm chữ cái, chữ số và dấu gạch dưới; &quot;*&quot; nghĩa là mọi bộ sưu tập.</translation>
    </message>
</context>
<context>
    <name>MilvusBackupRestApi</name>
    <message>
        <source>%1 has no endpoint /api/v1/%2 (HTTP 404).</source>
        <translation>%1 không có endpoint /api/v1/%2 (HTTP 404).</translation>
    </message>
    <message>
        <source>Check that the URL points at milvus-backup&apos;s REST server (default port 8080) and that its version supports this operation.</source>
        <translation>Hãy kiểm tra URL có trỏ tới máy chủ REST của milvus-backup (cổng mặc định 8080) không và phiên bản của nó có hỗ trợ thao tác này không.</translation>
    </message>
    <message>
        <source>milvus-backup at %1 crashed while handling %2 %3 (HTTP 500 with an empty body).</source>
        <translation>milvus-backup tại %1 bị sập khi xử lý %2 %3 (HTTP 500 với nội dung rỗng).</translation>
    </message>
    <message>
        <source>This is a milvus-backup panic; its log shows the stack trace. Check the request (e.g. a missing backup name) and the server version.</source>
        <translation>Đây là lỗi panic của milvus-backup; nhật ký của nó có stack trace. Hãy kiểm tra yêu cầu (ví dụ thiếu tên bản sao lưu) và phiên bản máy chủ.</translation>
    </message>
    <message>
        <source>milvus-backup at %1 rejected %2 %3 (HTTP %4): %5</source>
        <translation>milvus-backup tại %1 đã từ chối %2 %3 (HTTP %4): %5</translation>
    </message>
    <message>
        <source>milvus-backup at %1 answered %2 with something that is not a JSON object: %3</source>
        <translation>milvus-backup tại %1 trả lời %2 bằng dữ liệu không phải đối tượng JSON: %3</translation>
    </message>
    <message>
        <source>Check that the URL points at milvus-backup&apos;s REST server.</source>
        <translation>Hãy kiểm tra URL có trỏ tới máy chủ REST của milvus-backup không.</translation>
    </message>
    <message>
        <source>milvus-backup was restarted; its task ids are in memory only.</source>
        <translation>milvus-backup đã được khởi động lại; mã tác vụ của nó chỉ được giữ trong bộ nhớ.</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(không có thông báo)</translation>
    </message>
    <message>
        <source>milvus-backup could not %1: %2</source>
        <translation>milvus-backup không thể %1: %2</translation>
    </message>
    <message>
        <source>Check the backup name and the bucket/root path milvus-backup reads from.</source>
        <translation>Hãy kiểm tra tên bản sao lưu và bucket/đường dẫn gốc mà milvus-backup đọc.</translation>
    </message>
    <message>
        <source>milvus-backup&apos;s Milvus user lacks a permission; check milvus.user in backup.yaml.</source>
        <translation>Người dùng Milvus của milvus-backup thiếu quyền; hãy kiểm tra milvus.user trong backup.yaml.</translation>
    </message>
    <message>
        <source>This milvus-backup version does not support it.</source>
        <translation>Phiên bản milvus-backup này không hỗ trợ việc đó.</translation>
    </message>
    <message>
        <source>Choose another name, or delete the existing one first.</source>
        <translation>Hãy chọn tên khác, hoặc xóa cái đã có trước.</translation>
    </message>
    <message>
        <source>Check the database and collection names against Milvus.</source>
        <translation>Hãy đối chiếu tên cơ sở dữ liệu và bộ sưu tập với Milvus.</translation>
    </message>
    <message>
        <source>milvus-backup cannot reach Milvus or its storage; check milvus.address, milvus.port and minio.* in its backup.yaml, or run the connection check.</source>
        <translation>milvus-backup không truy cập được Milvus hoặc kho lưu trữ của nó; hãy kiểm tra milvus.address, milvus.port và minio.* trong backup.yaml của nó, hoặc chạy kiểm tra kết nối.</translation>
    </message>
</context>
<context>
    <name>MilvusBackupTaskPoller</name>
    <message>
        <source>milvus-backup now lists a backup named &quot;%1&quot; (its meta files are written, %2 bytes). Verify it before relying on it, or delete it.</source>
        <translation>milvus-backup hiện liệt kê một bản sao lưu tên &quot;%1&quot; (các tệp meta của nó đã được ghi, %2 byte). Hãy kiểm tra nó trước khi dựa vào, hoặc xóa nó.</translation>
    </message>
    <message>
        <source>milvus-backup lists no backup named &quot;%1&quot;. Partial files may remain under &lt;root&gt;/%1/ in its bucket; milvus-backup refuses a name with leftover files, so delete them or choose another name before retrying.</source>
        <translation>milvus-backup không liệt kê bản sao lưu nào tên &quot;%1&quot;. Các tệp dang dở có thể còn trong &lt;root&gt;/%1/ của bucket; milvus-backup từ chối một tên còn tệp sót lại, vì vậy hãy xóa chúng hoặc chọn tên khác trước khi thử lại.</translation>
    </message>
    <message>
        <source>Could not ask milvus-backup what it still has for &quot;%1&quot;: %2</source>
        <translation>Không hỏi được milvus-backup xem nó còn giữ gì cho &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>milvus-backup now reports it %1 at %2.</source>
        <translation>milvus-backup hiện báo tác vụ ở trạng thái %1, %2.</translation>
    </message>
    <message>
        <source>milvus-backup did not say what the task is doing now.</source>
        <translation>milvus-backup không cho biết tác vụ hiện đang làm gì.</translation>
    </message>
    <message>
        <source>Stopped waiting for backup &quot;%1&quot; (milvus-backup task %2, last seen %3 at %4). milvus-backup has no cancel endpoint, so the backup continues on the server.</source>
        <translation>Đã ngừng chờ bản sao lưu &quot;%1&quot; (tác vụ milvus-backup %2, lần cuối ở trạng thái %3, %4). milvus-backup không có endpoint hủy, nên việc sao lưu vẫn tiếp tục trên máy chủ.</translation>
    </message>
    <message>
        <source>Delete backup &quot;%1&quot; once it has finished if you do not want it.</source>
        <translation>Hãy xóa bản sao lưu &quot;%1&quot; khi nó đã xong nếu bạn không cần nó.</translation>
    </message>
    <message>
        <source>milvus-backup no longer knows task %1 of backup &quot;%2&quot; (last seen %3 at %4). %5</source>
        <translation>milvus-backup không còn biết tác vụ %1 của bản sao lưu &quot;%2&quot; (lần cuối ở trạng thái %3, %4). %5</translation>
    </message>
    <message>
        <source>read backup task %1</source>
        <translation>đọc tác vụ sao lưu %1</translation>
    </message>
    <message>
        <source>Lost contact with milvus-backup while backup &quot;%1&quot; (task %2) was %3 at %4: %5</source>
        <translation>Mất liên lạc với milvus-backup khi bản sao lưu &quot;%1&quot; (tác vụ %2) đang ở trạng thái %3, %4: %5</translation>
    </message>
    <message>
        <source>The backup may still be running on the server; check it later with its task id, or look for &quot;%1&quot; in the backup list.</source>
        <translation>Việc sao lưu có thể vẫn đang chạy trên máy chủ; hãy kiểm tra lại sau bằng mã tác vụ, hoặc tìm &quot;%1&quot; trong danh sách bản sao lưu.</translation>
    </message>
    <message>
        <source>Polling backup task %1 failed (%2); retrying.</source>
        <translation>Hỏi trạng thái tác vụ sao lưu %1 thất bại (%2); đang thử lại.</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>sao lưu %1</translation>
    </message>
    <message>
        <source>milvus-backup could not create backup &quot;%1&quot; (task %2): %3</source>
        <translation>milvus-backup không thể tạo bản sao lưu &quot;%1&quot; (tác vụ %2): %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>không có lý do</translation>
    </message>
    <message>
        <source>milvus-backup cannot reach Milvus; check milvus.address and milvus.port in its backup.yaml and that Milvus is up.</source>
        <translation>milvus-backup không truy cập được Milvus; hãy kiểm tra milvus.address và milvus.port trong backup.yaml của nó và Milvus có đang chạy không.</translation>
    </message>
    <message>
        <source>milvus-backup accepted backup &quot;%1&quot; (task %2) but has not started it after %3 s. milvus-backup reports no error in this case; the likely causes are a backup folder named &quot;%1&quot; that already exists in its storage (a duplicate name), or milvus-backup cannot connect to Milvus.</source>
        <translation>milvus-backup đã nhận bản sao lưu &quot;%1&quot; (tác vụ %2) nhưng sau %3 giây vẫn chưa bắt đầu. Trong trường hợp này milvus-backup không báo lỗi; nguyên nhân có thể là kho lưu trữ của nó đã có thư mục sao lưu tên &quot;%1&quot; (trùng tên), hoặc milvus-backup không kết nối được tới Milvus.</translation>
    </message>
    <message>
        <source>A backup named &quot;%1&quot; is listed now: the name is taken.</source>
        <translation>Hiện đã có bản sao lưu tên &quot;%1&quot; trong danh sách: tên này đã được dùng.</translation>
    </message>
    <message>
        <source>Run the milvus-backup connection check; if Milvus is reachable, look for leftover files under &lt;root&gt;/%1/ in its bucket.</source>
        <translation>Hãy chạy kiểm tra kết nối của milvus-backup; nếu truy cập được Milvus, hãy tìm các tệp sót lại trong &lt;root&gt;/%1/ của bucket.</translation>
    </message>
    <message>
        <source>The task stays pending on the server until milvus-backup is restarted; it has written no backup data.</source>
        <translation>Tác vụ vẫn ở trạng thái chờ trên máy chủ cho đến khi milvus-backup được khởi động lại; nó chưa ghi dữ liệu sao lưu nào.</translation>
    </message>
    <message>
        <source>Backup &quot;%1&quot; (task %2) did not finish within %3 s; last seen %4 at %5.</source>
        <translation>Bản sao lưu &quot;%1&quot; (tác vụ %2) không hoàn tất trong vòng %3 giây; lần cuối ở trạng thái %4, %5.</translation>
    </message>
    <message>
        <source>milvus-backup has no cancel endpoint: the backup keeps running on the server. Check it later with its task id, or delete it once finished.</source>
        <translation>milvus-backup không có endpoint hủy: việc sao lưu vẫn tiếp tục chạy trên máy chủ. Hãy kiểm tra lại sau bằng mã tác vụ, hoặc xóa nó khi đã xong.</translation>
    </message>
    <message>
        <source>Collections created so far in Milvus may be incomplete; compare row counts and drop them before restoring again.</source>
        <translation>Các bộ sưu tập đã được tạo trong Milvus đến lúc này có thể chưa đầy đủ; hãy so sánh số hàng và xóa chúng trước khi khôi phục lại.</translation>
    </message>
    <message>
        <source>Stopped waiting for the restore of &quot;%1&quot; (milvus-backup task %2, last seen %3 at %4). milvus-backup has no cancel endpoint, so the restore continues on the server.</source>
        <translation>Đã ngừng chờ việc khôi phục &quot;%1&quot; (tác vụ milvus-backup %2, lần cuối ở trạng thái %3, %4). milvus-backup không có endpoint hủy, nên việc khôi phục vẫn tiếp tục trên máy chủ.</translation>
    </message>
    <message>
        <source>milvus-backup no longer knows restore task %1 of backup &quot;%2&quot; (last seen %3 at %4). %5</source>
        <translation>milvus-backup không còn biết tác vụ khôi phục %1 của bản sao lưu &quot;%2&quot; (lần cuối ở trạng thái %3, %4). %5</translation>
    </message>
    <message>
        <source>Lost contact with milvus-backup while restoring &quot;%1&quot; (task %2, %3 at %4): %5</source>
        <translation>Mất liên lạc với milvus-backup khi đang khôi phục &quot;%1&quot; (tác vụ %2, trạng thái %3, %4): %5</translation>
    </message>
    <message>
        <source>The restore may still be running on the server.</source>
        <translation>Việc khôi phục có thể vẫn đang chạy trên máy chủ.</translation>
    </message>
    <message>
        <source>Polling restore task %1 failed (%2); retrying.</source>
        <translation>Hỏi trạng thái tác vụ khôi phục %1 thất bại (%2); đang thử lại.</translation>
    </message>
    <message>
        <source>restore %1</source>
        <translation>khôi phục %1</translation>
    </message>
    <message>
        <source>milvus-backup could not restore backup &quot;%1&quot; (task %2): %3</source>
        <translation>milvus-backup không thể khôi phục bản sao lưu &quot;%1&quot; (tác vụ %2): %3</translation>
    </message>
    <message>
        <source>The restore of &quot;%1&quot; (task %2) did not finish within %3 s; last seen %4 at %5.</source>
        <translation>Việc khôi phục &quot;%1&quot; (tác vụ %2) không hoàn tất trong vòng %3 giây; lần cuối ở trạng thái %4, %5.</translation>
    </message>
    <message>
        <source>milvus-backup has no cancel endpoint: the restore keeps running on the server.</source>
        <translation>milvus-backup không có endpoint hủy: việc khôi phục vẫn tiếp tục chạy trên máy chủ.</translation>
    </message>
</context>
<context>
    <name>MilvusRestClient</name>
    <message>
        <source>Milvus at %1 refused the credentials: %2</source>
        <translation>Milvus tại %1 đã từ chối thông tin xác thực: %2</translation>
    </message>
    <message>
        <source>Set MILVUS_TOKEN to &quot;user:password&quot; or an API key.</source>
        <translation>Hãy đặt MILVUS_TOKEN thành &quot;user:password&quot; hoặc một API key.</translation>
    </message>
    <message>
        <source>%1 has no REST endpoint /v2/vectordb/%2.</source>
        <translation>%1 không có endpoint REST /v2/vectordb/%2.</translation>
    </message>
    <message>
        <source>Milvus serves its RESTful API v2 on its main port (19530) since 2.3; check the URL and the Milvus version.</source>
        <translation>Từ bản 2.3, Milvus cung cấp RESTful API v2 trên cổng chính (19530); hãy kiểm tra URL và phiên bản Milvus.</translation>
    </message>
    <message>
        <source>Milvus at %1 answered %2 with HTTP %3 and no JSON: %4</source>
        <translation>Milvus tại %1 trả lời %2 bằng HTTP %3 và không có JSON: %4</translation>
    </message>
    <message>
        <source>Milvus at %1 refused %2: %3 (code %4)</source>
        <translation>Milvus tại %1 đã từ chối %2: %3 (mã %4)</translation>
    </message>
    <message>
        <source>Milvus sent no row count for %1.%2.</source>
        <translation>Milvus không gửi số hàng của %1.%2.</translation>
    </message>
    <message>
        <source>Milvus answered the count(*) query on %1.%2 without a count.</source>
        <translation>Milvus trả lời truy vấn count(*) trên %1.%2 mà không có số đếm.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection profile</source>
        <translation>Hồ sơ kết nối</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>ví dụ: production</translation>
    </message>
    <message>
        <source>Graph (FalkorDB)</source>
        <translation>Đồ thị (FalkorDB)</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>redis://host:6379 or rediss://user@host:6380</source>
        <translation>redis://host:6379 hoặc rediss://user@host:6380</translation>
    </message>
    <message>
        <source>&amp;Graphs:</source>
        <translation>Đồ &amp;thị:</translation>
    </message>
    <message>
        <source>empty: every graph; or names separated by commas</source>
        <translation>để trống: mọi đồ thị; hoặc các tên cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Vectors (Milvus, milvus-backup, S3)</source>
        <translation>Vector (Milvus, milvus-backup, S3)</translation>
    </message>
    <message>
        <source>milvus-&amp;backup URL:</source>
        <translation>URL milvus-&amp;backup:</translation>
    </message>
    <message>
        <source>http://host:8080</source>
        <translation>http://host:8080</translation>
    </message>
    <message>
        <source>&amp;Milvus URL:</source>
        <translation>URL &amp;Milvus:</translation>
    </message>
    <message>
        <source>http://host:19530</source>
        <translation>http://host:19530</translation>
    </message>
    <message>
        <source>S3 &amp;endpoint:</source>
        <translation>&amp;Endpoint S3:</translation>
    </message>
    <message>
        <source>http://minio:9000</source>
        <translation>http://minio:9000</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <source>a-bucket</source>
        <translation>a-bucket</translation>
    </message>
    <message>
        <source>&amp;Root path:</source>
        <translation>Đường dẫn &amp;gốc:</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Vùng (region):</translation>
    </message>
    <message>
        <source>us-east-1</source>
        <translation>us-east-1</translation>
    </message>
    <message>
        <source>&amp;Access key ID:</source>
        <translation>&amp;Access key ID:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Tệp &amp;CA:</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>chứng chỉ của hệ thống</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Do not verify certificates (self-signed test servers only)</source>
        <translation>Không xác minh chứng chỉ (chỉ dùng cho máy chủ thử nghiệm tự ký)</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Bí mật</translation>
    </message>
    <message>
        <source>FalkorDB password:</source>
        <translation>Mật khẩu FalkorDB:</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(không đổi)</translation>
    </message>
    <message>
        <source>S3 secret key:</source>
        <translation>Khóa bí mật S3:</translation>
    </message>
    <message>
        <source>Milvus token:</source>
        <translation>Token Milvus:</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Không cần</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Lưu trong keychain</translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation>Hỏi mỗi lần</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in the profiles file. Leave a field empty to keep what is stored.</source>
        <translation>Bí mật được giữ trong keychain của hệ thống, không bao giờ trong tệp hồ sơ kết nối. Để trống một ô để giữ giá trị đã lưu.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1). Choose &quot;Ask every time&quot;: you will be asked for the secret each time it is needed.</source>
        <translation>Máy tính này không có keychain (%1). Hãy chọn &quot;Hỏi mỗi lần&quot;: bạn sẽ được hỏi bí mật mỗi khi cần đến.</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>Chứng chỉ CA (PEM)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>Tệp PEM (*.pem *.crt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>(stored; type to change)</source>
        <translation>(đã lưu; gõ để thay đổi)</translation>
    </message>
    <message>
        <source>secret to store in the keychain</source>
        <translation>bí mật sẽ lưu vào keychain</translation>
    </message>
    <message>
        <source>FalkorDB URL</source>
        <translation>URL FalkorDB</translation>
    </message>
    <message>
        <source>milvus-backup URL</source>
        <translation>URL milvus-backup</translation>
    </message>
    <message>
        <source>Milvus URL</source>
        <translation>URL Milvus</translation>
    </message>
    <message>
        <source>S3 endpoint</source>
        <translation>endpoint S3</translation>
    </message>
    <message>
        <source>The %1 is not a valid address.</source>
        <translation>%1 không phải là địa chỉ hợp lệ.</translation>
    </message>
    <message>
        <source>The FalkorDB URL must start with redis:// or rediss://.</source>
        <translation>URL FalkorDB phải bắt đầu bằng redis:// hoặc rediss://.</translation>
    </message>
    <message>
        <source>Do not put the password in the URL: choose how the FalkorDB password is kept under Secrets.</source>
        <translation>Đừng đặt mật khẩu trong URL: hãy chọn cách giữ mật khẩu FalkorDB ở mục Bí mật.</translation>
    </message>
    <message>
        <source>Saving: waiting for the system keychain. If it asks to be unlocked, answer its prompt.</source>
        <translation>Đang lưu: chờ keychain của hệ thống. Nếu nó yêu cầu mở khóa, hãy trả lời lời nhắc của nó.</translation>
    </message>
</context>
<context>
    <name>ProfileEndpoints</name>
    <message>
        <source>The profile &quot;%1&quot; has no FalkorDB address.</source>
        <translation>Hồ sơ kết nối &quot;%1&quot; không có địa chỉ FalkorDB.</translation>
    </message>
    <message>
        <source>Edit the profile and enter the FalkorDB URL.</source>
        <translation>Hãy sửa hồ sơ kết nối và nhập URL FalkorDB.</translation>
    </message>
    <message>
        <source>milvus-backup URL</source>
        <translation>URL milvus-backup</translation>
    </message>
    <message>
        <source>S3 endpoint</source>
        <translation>endpoint S3</translation>
    </message>
    <message>
        <source>Milvus URL</source>
        <translation>URL Milvus</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; names no vector servers (milvus-backup, its S3/MinIO bucket and Milvus), so it has no vector collections here. Add them to the profile (Profiles tab) to include collections.</source>
        <translation>Hồ sơ kết nối &quot;%1&quot; không có máy chủ vector nào (milvus-backup, bucket S3/MinIO của nó và Milvus), nên ở đây không có bộ sưu tập vector. Hãy thêm chúng vào hồ sơ kết nối (thẻ Hồ sơ kết nối) để đưa các bộ sưu tập vào.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; lacks what vector collections need: %2. Complete it in the Profiles tab to include collections.</source>
        <translation>Hồ sơ kết nối &quot;%1&quot; còn thiếu thứ mà bộ sưu tập vector cần: %2. Hãy bổ sung trong thẻ Hồ sơ kết nối để đưa các bộ sưu tập vào.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no S3 access key and secret key for milvus-backup&apos;s bucket.</source>
        <translation>Hồ sơ kết nối &quot;%1&quot; không có access key và secret key S3 cho bucket của milvus-backup.</translation>
    </message>
    <message>
        <source>Edit the profile: enter the access key and choose how the secret key is kept.</source>
        <translation>Hãy sửa hồ sơ kết nối: nhập access key và chọn cách giữ secret key.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>There is no profile called &quot;%1&quot;.</source>
        <translation>Không có hồ sơ kết nối nào tên &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A profile called &quot;%1&quot; already exists.</source>
        <translation>Đã có hồ sơ kết nối tên &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>The profiles file %1 cannot be read: %2. It was left unchanged.</source>
        <translation>Không đọc được tệp hồ sơ kết nối %1: %2. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>Repair it in a text editor, or move it aside to start with no profiles. BrandMind Backup will not overwrite it.</source>
        <translation>Hãy sửa tệp bằng trình soạn thảo văn bản, hoặc chuyển nó đi chỗ khác để bắt đầu mà không có hồ sơ kết nối nào. BrandMind Backup sẽ không ghi đè lên nó.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 tại byte %2</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>nó không phải là đối tượng JSON</translation>
    </message>
    <message>
        <source>it is not a BrandMind Backup profiles file</source>
        <translation>nó không phải là tệp hồ sơ kết nối của BrandMind Backup</translation>
    </message>
    <message>
        <source>its format version is missing or invalid</source>
        <translation>phiên bản định dạng của nó bị thiếu hoặc không hợp lệ</translation>
    </message>
    <message>
        <source>The profiles file %1 was written by a newer version of BrandMind Backup (format %2; this version reads up to format %3). It was left unchanged.</source>
        <translation>Tệp hồ sơ kết nối %1 được ghi bởi phiên bản BrandMind Backup mới hơn (định dạng %2; phiên bản này đọc được tới định dạng %3). Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>Update BrandMind Backup on this computer, or use a separate profiles file.</source>
        <translation>Hãy cập nhật BrandMind Backup trên máy tính này, hoặc dùng một tệp hồ sơ kết nối riêng.</translation>
    </message>
    <message>
        <source>it has no list of profiles</source>
        <translation>nó không có danh sách hồ sơ kết nối</translation>
    </message>
    <message>
        <source>a profile entry is not an object</source>
        <translation>một mục hồ sơ kết nối không phải là đối tượng</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is used twice</source>
        <translation>tên &quot;%1&quot; bị dùng hai lần</translation>
    </message>
    <message>
        <source>Cannot read the profiles file %1: %2</source>
        <translation>Không đọc được tệp hồ sơ kết nối %1: %2</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Hãy kiểm tra quyền truy cập của tệp.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không thể tạo thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1; nothing was written.</source>
        <translation>Không thể giới hạn quyền truy cập của %1; chưa ghi gì cả.</translation>
    </message>
    <message>
        <source>The profiles file %1 is being changed by another program.</source>
        <translation>Tệp hồ sơ kết nối %1 đang bị một chương trình khác thay đổi.</translation>
    </message>
    <message>
        <source>Close other BrandMind Backup windows or commands and try again. If none is running, delete %1.</source>
        <translation>Hãy đóng các cửa sổ hoặc lệnh BrandMind Backup khác rồi thử lại. Nếu không có cái nào đang chạy, hãy xóa %1.</translation>
    </message>
    <message>
        <source>This profile store has no access to the keychain.</source>
        <translation>Kho hồ sơ kết nối này không truy cập được keychain.</translation>
    </message>
    <message>
        <source>Secrets cannot be exported: this profile store has no access to the keychain.</source>
        <translation>Không thể xuất bí mật: kho hồ sơ kết nối này không truy cập được keychain.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The secrets in the import cannot be stored: this profile store has no access to the keychain.</source>
        <translation>Không thể lưu các bí mật trong tệp nhập: kho hồ sơ kết nối này không truy cập được keychain.</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Connection profiles</source>
        <translation>Hồ sơ kết nối</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Thê&amp;m…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Nhân &amp;bản</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Hồ sơ kết nối</translation>
    </message>
    <message>
        <source>Add a profile for each place your data lives, e.g. &quot;dev laptop&quot; and &quot;production&quot;.</source>
        <translation>Hãy thêm một hồ sơ kết nối cho mỗi nơi chứa dữ liệu của bạn, ví dụ &quot;máy dev&quot; và &quot;production&quot;.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>The result of &quot;Test connection&quot; appears here: server versions, graphs with their node and edge counts, collections and bucket, or exactly what failed.</source>
        <translation>Kết quả của &quot;Kiểm tra kết nối&quot; hiện ở đây: phiên bản máy chủ, các đồ thị cùng số nút và cạnh, các bộ sưu tập và bucket, hoặc chính xác điều gì đã thất bại.</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>không cần</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>trong keychain</translation>
    </message>
    <message>
        <source>asked every time</source>
        <translation>hỏi mỗi lần</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain available:&lt;/b&gt; %1 Profiles can still be used: choose &quot;Ask every time&quot; for their secrets.</source>
        <translation>&lt;b&gt;Không có keychain:&lt;/b&gt; %1 Vẫn có thể dùng hồ sơ kết nối: hãy chọn &quot;Hỏi mỗi lần&quot; cho các bí mật của chúng.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>FalkorDB</source>
        <translation>FalkorDB</translation>
    </message>
    <message>
        <source>Graphs</source>
        <translation>Đồ thị</translation>
    </message>
    <message>
        <source>every graph on the server</source>
        <translation>mọi đồ thị trên máy chủ</translation>
    </message>
    <message>
        <source>milvus-backup</source>
        <translation>milvus-backup</translation>
    </message>
    <message>
        <source>Milvus</source>
        <translation>Milvus</translation>
    </message>
    <message>
        <source>S3</source>
        <translation>S3</translation>
    </message>
    <message>
        <source>%1, bucket %2, root %3</source>
        <translation>%1, bucket %2, gốc %3</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>certificates NOT verified</source>
        <translation>KHÔNG xác minh chứng chỉ</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>chứng chỉ của hệ thống</translation>
    </message>
    <message>
        <source>The %1 could not be stored: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (bản sao)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (bản sao %2)</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Nhân bản hồ sơ kết nối</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Xóa hồ sơ kết nối</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its secrets in the keychain? Backup sets are not affected.</source>
        <translation>Xóa hồ sơ kết nối &quot;%1&quot; và các bí mật của nó trong keychain? Các bộ sao lưu không bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <source>Test connection: %1</source>
        <translation>Kiểm tra kết nối: %1</translation>
    </message>
    <message>
        <source>Another job is running; wait for it or cancel it first.</source>
        <translation>Một tác vụ khác đang chạy; hãy đợi nó xong hoặc hủy nó trước.</translation>
    </message>
    <message>
        <source>Test canceled.</source>
        <translation>Đã hủy kiểm tra.</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Nhập hồ sơ kết nối</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Hồ sơ kết nối (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>This file contains secrets. Store them in the keychain? (No: import the profiles without them.)</source>
        <translation>Tệp này chứa bí mật. Lưu chúng vào keychain? (Không: nhập các hồ sơ kết nối mà không có bí mật.)</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Đã nhập: %1</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Xuất hồ sơ kết nối</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Hồ sơ kết nối (*.json)</translation>
    </message>
    <message>
        <source>Include the secrets from the keychain? Anyone who gets the file can then connect to your servers.

Choose No to export the settings only (recommended).</source>
        <translation>Kèm theo các bí mật từ keychain? Bất kỳ ai có tệp này đều có thể kết nối tới máy chủ của bạn.

Chọn Không để chỉ xuất phần cài đặt (khuyên dùng).</translation>
    </message>
    <message>
        <source>The change was interrupted.</source>
        <translation>Thay đổi đã bị gián đoạn.</translation>
    </message>
    <message>
        <source>Another change to the profiles is still running; try again when it is done.</source>
        <translation>Một thay đổi khác đối với hồ sơ kết nối vẫn đang chạy; hãy thử lại khi nó xong.</translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot;: waiting for the system keychain…</source>
        <translation>Đang lưu &quot;%1&quot;: chờ keychain của hệ thống…</translation>
    </message>
    <message>
        <source>This window has no access to the keychain.</source>
        <translation>Cửa sổ này không truy cập được keychain.</translation>
    </message>
    <message>
        <source>Copying &quot;%1&quot; and its secrets: waiting for the system keychain…</source>
        <translation>Đang sao chép &quot;%1&quot; và các bí mật của nó: chờ keychain của hệ thống…</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot; and its secrets: waiting for the system keychain…</source>
        <translation>Đang xóa &quot;%1&quot; và các bí mật của nó: chờ keychain của hệ thống…</translation>
    </message>
    <message>
        <source>Importing profiles: waiting for the system keychain…</source>
        <translation>Đang nhập hồ sơ kết nối: chờ keychain của hệ thống…</translation>
    </message>
    <message>
        <source>Exporting profiles: waiting for the system keychain…</source>
        <translation>Đang xuất hồ sơ kết nối: chờ keychain của hệ thống…</translation>
    </message>
    <message>
        <source>Exporting profiles…</source>
        <translation>Đang xuất hồ sơ kết nối…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 is missing</source>
        <translation>thiếu %1</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, the manifest says %3</source>
        <translation>%1 có %2 byte, manifest ghi %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>no manifest.json: the backup did not finish</source>
        <translation>không có manifest.json: việc sao lưu chưa hoàn tất</translation>
    </message>
    <message>
        <source>graph/%1 has no complete graph.json</source>
        <translation>graph/%1 không có graph.json hoàn chỉnh</translation>
    </message>
    <message>
        <source>manifest.json: %1</source>
        <translation>manifest.json: %1</translation>
    </message>
    <message>
        <source>The backup set is damaged; nothing was restored.</source>
        <translation>Bộ sao lưu bị hỏng; chưa khôi phục gì cả.</translation>
    </message>
    <message>
        <source>this is not a BrandMind backup set manifest</source>
        <translation>đây không phải là manifest của bộ sao lưu BrandMind</translation>
    </message>
    <message>
        <source>no valid format version</source>
        <translation>không có phiên bản định dạng hợp lệ</translation>
    </message>
    <message>
        <source>This backup set has format version %1; this program reads up to version %2.</source>
        <translation>Bộ sao lưu này có phiên bản định dạng %1; chương trình này đọc được tới phiên bản %2.</translation>
    </message>
    <message>
        <source>Install a newer BrandMind Backup to restore it; nothing was changed.</source>
        <translation>Hãy cài BrandMind Backup mới hơn để khôi phục nó; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>a graph entry has no name or folder</source>
        <translation>một mục đồ thị không có tên hoặc thư mục</translation>
    </message>
    <message>
        <source>the file entry &quot;%1&quot; is not valid</source>
        <translation>mục tệp &quot;%1&quot; không hợp lệ</translation>
    </message>
    <message>
        <source>backup set</source>
        <translation>bộ sao lưu</translation>
    </message>
    <message>
        <source>checksums</source>
        <translation>mã kiểm tra</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>byte</translation>
    </message>
    <message>
        <source>Check that the disk is not full and the folder is writable.</source>
        <translation>Hãy kiểm tra xem đĩa có bị đầy không và thư mục có ghi được không.</translation>
    </message>
    <message>
        <source>%1 has no manifest.json: it is not a backup set, or its backup did not finish.</source>
        <translation>%1 không có manifest.json: đây không phải là bộ sao lưu, hoặc việc sao lưu chưa hoàn tất.</translation>
    </message>
    <message>
        <source>An incomplete set is never restored unless you add --force.</source>
        <translation>Bộ sao lưu chưa hoàn chỉnh không bao giờ được khôi phục trừ khi bạn thêm --force.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 không phải là JSON hợp lệ: %2</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 checksum</source>
        <translation>%1 không khớp với mã kiểm tra SHA-256 của nó</translation>
    </message>
    <message>
        <source>checking files</source>
        <translation>đang kiểm tra tệp</translation>
    </message>
    <message>
        <source>%1 is not listed in the manifest</source>
        <translation>%1 không có trong manifest</translation>
    </message>
    <message>
        <source>labels: %1 -&gt; %2</source>
        <translation>nhãn: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1: added %2</source>
        <translation>%1: thêm %2</translation>
    </message>
    <message>
        <source>%1: removed (was %2)</source>
        <translation>%1: bị xóa (trước là %2)</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Cannot write a temporary file in %1.</source>
        <translation>Không ghi được tệp tạm trong %1.</translation>
    </message>
    <message>
        <source>same properties; an endpoint node changed</source>
        <translation>cùng thuộc tính; một nút đầu mút đã thay đổi</translation>
    </message>
    <message>
        <source>%1.%2 (%3): only in B</source>
        <translation>%1.%2 (%3): chỉ có ở B</translation>
    </message>
    <message>
        <source>%1.%2 (%3): only in A</source>
        <translation>%1.%2 (%3): chỉ có ở A</translation>
    </message>
    <message>
        <source>%1.%2: %3 in A, %4 in B</source>
        <translation>%1.%2: %3 ở A, %4 ở B</translation>
    </message>
    <message>
        <source>reading nodes</source>
        <translation>đang đọc nút</translation>
    </message>
    <message>
        <source>reading edges</source>
        <translation>đang đọc cạnh</translation>
    </message>
    <message>
        <source>An edge points at node %1 or %2, which does not exist.</source>
        <translation>Một cạnh trỏ tới nút %1 hoặc %2, vốn không tồn tại.</translation>
    </message>
    <message>
        <source>Cannot write %1 (disk full?).</source>
        <translation>Không ghi được %1 (đầy đĩa?).</translation>
    </message>
    <message>
        <source>The package %1 is not safe to open: %2</source>
        <translation>Mở gói %1 không an toàn: %2</translation>
    </message>
    <message>
        <source>Nothing was extracted or restored. Use a package written by BrandMind Backup.</source>
        <translation>Chưa giải nén hay khôi phục gì cả. Hãy dùng gói do BrandMind Backup tạo ra.</translation>
    </message>
    <message>
        <source>The package %1 is damaged: %2</source>
        <translation>Gói %1 bị hỏng: %2</translation>
    </message>
    <message>
        <source>Nothing was restored. Copy the package again (it may be truncated) or use another copy.</source>
        <translation>Chưa khôi phục gì cả. Hãy sao chép lại gói (có thể nó bị cắt cụt) hoặc dùng một bản sao khác.</translation>
    </message>
    <message>
        <source>an entry has an empty name</source>
        <translation>một mục có tên rỗng</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has an absolute path</source>
        <translation>mục &quot;%1&quot; có đường dẫn tuyệt đối</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; uses backslashes, which some systems read as folders</source>
        <translation>mục &quot;%1&quot; dùng dấu gạch chéo ngược, mà một số hệ thống hiểu là thư mục</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; contains &apos;:&apos; (a drive letter or stream name)</source>
        <translation>mục &quot;%1&quot; chứa &apos;:&apos; (ký tự ổ đĩa hoặc tên luồng)</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; contains control characters</source>
        <translation>mục &quot;%1&quot; chứa ký tự điều khiển</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; points outside the package folder</source>
        <translation>mục &quot;%1&quot; trỏ ra ngoài thư mục của gói</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has an empty or &apos;.&apos; path component</source>
        <translation>mục &quot;%1&quot; có thành phần đường dẫn rỗng hoặc là &apos;.&apos;</translation>
    </message>
    <message>
        <source>The package %1 does not exist.</source>
        <translation>Gói %1 không tồn tại.</translation>
    </message>
    <message>
        <source>it is not a zip archive, or it is truncated (zip error %1)</source>
        <translation>nó không phải là tệp nén zip, hoặc đã bị cắt cụt (lỗi zip %1)</translation>
    </message>
    <message>
        <source>its table of contents cannot be read</source>
        <translation>không đọc được mục lục của nó</translation>
    </message>
    <message>
        <source>it has %1 entries; at most %2 are accepted</source>
        <translation>nó có %1 mục; chỉ chấp nhận tối đa %2</translation>
    </message>
    <message>
        <source>it has more than %1 entries</source>
        <translation>nó có nhiều hơn %1 mục</translation>
    </message>
    <message>
        <source>an entry of its table of contents cannot be read (zip error %1)</source>
        <translation>không đọc được một mục trong mục lục của nó (lỗi zip %1)</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is a symbolic link</source>
        <translation>mục &quot;%1&quot; là một liên kết tượng trưng</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is not a regular file</source>
        <translation>mục &quot;%1&quot; không phải là tệp thông thường</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is encrypted</source>
        <translation>mục &quot;%1&quot; bị mã hóa</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; uses compression method %2; only stored and deflated are read</source>
        <translation>mục &quot;%1&quot; dùng phương thức nén %2; chỉ đọc được stored và deflated</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; appears more than once</source>
        <translation>mục &quot;%1&quot; xuất hiện nhiều lần</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; claims %2 bytes</source>
        <translation>mục &quot;%1&quot; khai báo %2 byte</translation>
    </message>
    <message>
        <source>the folder entry &quot;%1&quot; has content</source>
        <translation>mục thư mục &quot;%1&quot; lại có nội dung</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; expands %2 bytes into %3 (a compression ratio above %4:1, as in a zip bomb)</source>
        <translation>mục &quot;%1&quot; giãn %2 byte thành %3 (tỷ lệ nén trên %4:1, như một zip bomb)</translation>
    </message>
    <message>
        <source>its entries add up to more than %1 bytes</source>
        <translation>tổng các mục của nó vượt quá %1 byte</translation>
    </message>
    <message>
        <source>its table of contents is damaged (zip error %1)</source>
        <translation>mục lục của nó bị hỏng (lỗi zip %1)</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>nó rỗng</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is both a file and a folder</source>
        <translation>&quot;%1&quot; vừa là tệp vừa là thư mục</translation>
    </message>
    <message>
        <source>its entries are not all in one folder and it has no manifest.json at the top</source>
        <translation>các mục của nó không nằm chung một thư mục và không có manifest.json ở cấp trên cùng</translation>
    </message>
    <message>
        <source>The package %1 holds no manifest.json: it is not a complete backup set.</source>
        <translation>Gói %1 không chứa manifest.json: đây không phải là bộ sao lưu hoàn chỉnh.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Chưa khôi phục gì cả.</translation>
    </message>
    <message>
        <source>its manifest.json claims %1 bytes</source>
        <translation>manifest.json của nó khai báo %1 byte</translation>
    </message>
    <message>
        <source>manifest.json cannot be found again (zip error %1)</source>
        <translation>không tìm lại được manifest.json (lỗi zip %1)</translation>
    </message>
    <message>
        <source>manifest.json cannot be opened (zip error %1)</source>
        <translation>không mở được manifest.json (lỗi zip %1)</translation>
    </message>
    <message>
        <source>manifest.json fails its CRC check or cannot be read</source>
        <translation>manifest.json không qua được kiểm tra CRC hoặc không đọc được</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON (%1)</source>
        <translation>manifest.json không phải là JSON hợp lệ (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not listed in its manifest</source>
        <translation>&quot;%1&quot; không có trong manifest của nó</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 bytes, its manifest says %3</source>
        <translation>&quot;%1&quot; có %2 byte, manifest của nó ghi %3</translation>
    </message>
    <message>
        <source>files listed in its manifest are missing: %1</source>
        <translation>thiếu các tệp được liệt kê trong manifest của nó: %1</translation>
    </message>
    <message>
        <source>The folder %1 is not empty.</source>
        <translation>Thư mục %1 không rỗng.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không thể tạo thư mục %1.</translation>
    </message>
    <message>
        <source>The package %1 needs %2 bytes to unpack; %3 has only %4 free.</source>
        <translation>Gói %1 cần %2 byte để giải nén; %3 chỉ còn trống %4.</translation>
    </message>
    <message>
        <source>Free some space, or set TMPDIR to a folder on a larger disk.</source>
        <translation>Hãy giải phóng bớt dung lượng, hoặc đặt TMPDIR tới một thư mục trên đĩa lớn hơn.</translation>
    </message>
    <message>
        <source>it cannot be opened again (zip error %1)</source>
        <translation>không mở lại được nó (lỗi zip %1)</translation>
    </message>
    <message>
        <source>it changed while it was being read</source>
        <translation>nó đã thay đổi trong khi đang được đọc</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Không thể tạo %1: %2</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; cannot be opened (zip error %2)</source>
        <translation>không mở được mục &quot;%1&quot; (lỗi zip %2)</translation>
    </message>
    <message>
        <source>the data of &quot;%1&quot; cannot be decompressed (zip error %2)</source>
        <translation>không giải nén được dữ liệu của &quot;%1&quot; (lỗi zip %2)</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; holds more data than it declares</source>
        <translation>mục &quot;%1&quot; chứa nhiều dữ liệu hơn mức nó khai báo</translation>
    </message>
    <message>
        <source>Check that the disk is not full.</source>
        <translation>Hãy kiểm tra xem đĩa có bị đầy không.</translation>
    </message>
    <message>
        <source>package</source>
        <translation>gói</translation>
    </message>
    <message>
        <source>unpacking</source>
        <translation>đang giải nén</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; fails its CRC check</source>
        <translation>mục &quot;%1&quot; không qua được kiểm tra CRC</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; cannot be read (zip error %2)</source>
        <translation>không đọc được mục &quot;%1&quot; (lỗi zip %2)</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has %2 bytes instead of %3</source>
        <translation>mục &quot;%1&quot; có %2 byte thay vì %3</translation>
    </message>
    <message>
        <source>Cannot write the package: %1 (%2).</source>
        <translation>Không ghi được gói: %1 (%2).</translation>
    </message>
    <message>
        <source>Check that the disk is not full and the folder is writable; nothing was left behind.</source>
        <translation>Hãy kiểm tra xem đĩa có bị đầy không và thư mục có ghi được không; không để lại gì dang dở.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 không phải là thư mục.</translation>
    </message>
    <message>
        <source>Give the folder of a backup set.</source>
        <translation>Hãy chỉ định thư mục của một bộ sao lưu.</translation>
    </message>
    <message>
        <source>%1 has no manifest.json: its backup did not finish, so it is incomplete.</source>
        <translation>%1 không có manifest.json: việc sao lưu của nó chưa hoàn tất, nên bộ sao lưu chưa hoàn chỉnh.</translation>
    </message>
    <message>
        <source>Only complete backup sets are packaged. Make a new backup.</source>
        <translation>Chỉ bộ sao lưu hoàn chỉnh mới được đóng gói. Hãy tạo một bản sao lưu mới.</translation>
    </message>
    <message>
        <source>The backup set %1 holds files its manifest does not list: %2</source>
        <translation>Bộ sao lưu %1 chứa các tệp không có trong manifest của nó: %2</translation>
    </message>
    <message>
        <source>Nothing was packaged. Remove the extra files or make a new backup.</source>
        <translation>Chưa đóng gói gì cả. Hãy xóa các tệp thừa hoặc tạo một bản sao lưu mới.</translation>
    </message>
    <message>
        <source>The package %1 already exists.</source>
        <translation>Gói %1 đã tồn tại.</translation>
    </message>
    <message>
        <source>Choose another --out, or remove the old package first.</source>
        <translation>Hãy chọn --out khác, hoặc xóa gói cũ trước.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>không thể tạo thư mục %1</translation>
    </message>
    <message>
        <source>zip error %1</source>
        <translation>lỗi zip %1</translation>
    </message>
    <message>
        <source>Cannot read %1 of the backup set: %2</source>
        <translation>Không đọc được %1 của bộ sao lưu: %2</translation>
    </message>
    <message>
        <source>Nothing was packaged.</source>
        <translation>Chưa đóng gói gì cả.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>đang ghi</translation>
    </message>
    <message>
        <source>%1 does not match the manifest of the backup set (size or SHA-256).</source>
        <translation>%1 không khớp với manifest của bộ sao lưu (kích thước hoặc SHA-256).</translation>
    </message>
    <message>
        <source>The set is damaged; nothing was packaged. Use another copy.</source>
        <translation>Bộ sao lưu bị hỏng; chưa đóng gói gì cả. Hãy dùng một bản sao khác.</translation>
    </message>
    <message>
        <source>Package written to %1 (%2 files, %3 bytes).</source>
        <translation>Đã ghi gói vào %1 (%2 tệp, %3 byte).</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the comparison.</source>
        <translation>Không thể tạo thư mục tạm để so sánh.</translation>
    </message>
    <message>
        <source>Comparing graph %1 with %2 ...</source>
        <translation>Đang so sánh đồ thị %1 với %2 ...</translation>
    </message>
    <message>
        <source>Compare a set with another set or with live servers (--live with --falkordb and/or --milvus).</source>
        <translation>Hãy so sánh một bộ sao lưu với một bộ sao lưu khác hoặc với máy chủ đang chạy (--live cùng với --falkordb và/hoặc --milvus).</translation>
    </message>
    <message>
        <source>The Milvus address must be an http:// or https:// URL, e.g. http://localhost:19530.</source>
        <translation>Địa chỉ Milvus phải là URL http:// hoặc https://, ví dụ http://localhost:19530.</translation>
    </message>
    <message>
        <source>Comparing collections with %1 ...</source>
        <translation>Đang so sánh các bộ sưu tập với %1 ...</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 không tồn tại.</translation>
    </message>
    <message>
        <source>Give the folder of a backup set or a package (.zip).</source>
        <translation>Hãy chỉ định thư mục của một bộ sao lưu hoặc một gói (.zip).</translation>
    </message>
    <message>
        <source>%1 is neither a backup set folder nor a package (.zip).</source>
        <translation>%1 không phải là thư mục bộ sao lưu cũng không phải là gói (.zip).</translation>
    </message>
    <message>
        <source>Unpacking %1 into %2 ...</source>
        <translation>Đang giải nén %1 vào %2 ...</translation>
    </message>
    <message>
        <source>There is no room to unpack %1 (%2 bytes) next to it or in %3.</source>
        <translation>Không đủ chỗ để giải nén %1 (%2 byte) ngay cạnh nó hoặc trong %3.</translation>
    </message>
    <message>
        <source>The operation was canceled.</source>
        <translation>Thao tác đã bị hủy.</translation>
    </message>
    <message>
        <source>%1, record %2: %3</source>
        <translation>%1, bản ghi %2: %3</translation>
    </message>
    <message>
        <source>The backup file is damaged or was edited by hand; nothing was restored.</source>
        <translation>Tệp sao lưu bị hỏng hoặc đã bị sửa bằng tay; chưa khôi phục gì cả.</translation>
    </message>
    <message>
        <source>a quoted field is not closed (the file is truncated)</source>
        <translation>một trường trong dấu ngoặc kép chưa được đóng (tệp bị cắt cụt)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>có dấu ngoặc kép bên trong một trường không có ngoặc kép</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>có văn bản sau dấu ngoặc kép đóng</translation>
    </message>
    <message>
        <source>Cannot write the backup file: %1</source>
        <translation>Không ghi được tệp sao lưu: %1</translation>
    </message>
    <message>
        <source>%1 %2: %3 in %4, %5 in %6 (%7%8)</source>
        <translation>%1 %2: %3 ở %4, %5 ở %6 (%7%8)</translation>
    </message>
    <message>
        <source>_labels: %1</source>
        <translation>_labels: %1</translation>
    </message>
    <message>
        <source>_labels must be a list of strings</source>
        <translation>_labels phải là một danh sách chuỗi</translation>
    </message>
    <message>
        <source>%1 must be a node or edge id (a whole number)</source>
        <translation>%1 phải là id của nút hoặc cạnh (một số nguyên)</translation>
    </message>
    <message>
        <source>node ids must be unique and ascending (%1 after %2)</source>
        <translation>id của nút phải duy nhất và tăng dần (%1 sau %2)</translation>
    </message>
    <message>
        <source>checking nodes</source>
        <translation>đang kiểm tra nút</translation>
    </message>
    <message>
        <source>the edge points at node %1 or %2, which is not in %3</source>
        <translation>cạnh trỏ tới nút %1 hoặc %2, vốn không có trong %3</translation>
    </message>
    <message>
        <source>checking edges</source>
        <translation>đang kiểm tra cạnh</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>nút</translation>
    </message>
    <message>
        <source>edges</source>
        <translation>cạnh</translation>
    </message>
    <message>
        <source>unlabeled nodes</source>
        <translation>nút không có nhãn</translation>
    </message>
    <message>
        <source>total</source>
        <translation>tổng</translation>
    </message>
    <message>
        <source>label</source>
        <translation>nhãn</translation>
    </message>
    <message>
        <source>type</source>
        <translation>kiểu</translation>
    </message>
    <message>
        <source>content fingerprint: %1 in %2, %3 in %4%5</source>
        <translation>dấu vân tay nội dung: %1 ở %2, %3 ở %4%5</translation>
    </message>
    <message>
        <source> (same counts, different property values)</source>
        <translation> (cùng số lượng, khác giá trị thuộc tính)</translation>
    </message>
    <message>
        <source>There is no graph named &quot;%1&quot; on %2.</source>
        <translation>Không có đồ thị nào tên &quot;%1&quot; trên %2.</translation>
    </message>
    <message>
        <source>Check the name; the graphs on that server are: %1</source>
        <translation>Hãy kiểm tra tên; các đồ thị trên máy chủ đó là: %1</translation>
    </message>
    <message>
        <source>The folder %1 already has files in it.</source>
        <translation>Thư mục %1 đã có tệp bên trong.</translation>
    </message>
    <message>
        <source>Choose a new folder for the backup.</source>
        <translation>Hãy chọn một thư mục mới cho bản sao lưu.</translation>
    </message>
    <message>
        <source>Copying %1 to a temporary snapshot %2 ...</source>
        <translation>Đang sao chép %1 thành ảnh chụp tạm thời %2 ...</translation>
    </message>
    <message>
        <source>Could not delete the temporary snapshot %1; delete it with GRAPH.DELETE.</source>
        <translation>Không xóa được ảnh chụp tạm thời %1; hãy xóa nó bằng GRAPH.DELETE.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a backtick; Cypher cannot write it, so a restore will refuse it.</source>
        <translation>Tên &quot;%1&quot; chứa dấu backtick; Cypher không viết được nó, nên việc khôi phục sẽ từ chối nó.</translation>
    </message>
    <message>
        <source>Edge %1 of %2 points at a node that was not exported; the graph changed during the backup.</source>
        <translation>Cạnh %1 của %2 trỏ tới một nút chưa được xuất; đồ thị đã thay đổi trong khi sao lưu.</translation>
    </message>
    <message>
        <source>Run the backup again with --consistent.</source>
        <translation>Hãy chạy lại việc sao lưu với --consistent.</translation>
    </message>
    <message>
        <source>%1 changed during the backup (nodes %2 → %3, edges %4 → %5); this backup may not be a single point in time. Use --consistent for a snapshot.</source>
        <translation>%1 đã thay đổi trong khi sao lưu (nút %2 → %3, cạnh %4 → %5); bản sao lưu này có thể không phản ánh một thời điểm duy nhất. Hãy dùng --consistent để có ảnh chụp nhất quán.</translation>
    </message>
    <message>
        <source>The snapshot of %1 has %2 nodes and %3 edges but %4 and %5 were read.</source>
        <translation>Ảnh chụp của %1 có %2 nút và %3 cạnh nhưng đã đọc được %4 và %5.</translation>
    </message>
    <message>
        <source>A %1 value (%2 s since 1970) is outside what Cypher can write.</source>
        <translation>Một giá trị %1 (%2 giây kể từ 1970) nằm ngoài phạm vi Cypher viết được.</translation>
    </message>
    <message>
        <source>A %1 value cannot be restored as a property.</source>
        <translation>Không thể khôi phục một giá trị %1 thành thuộc tính.</translation>
    </message>
    <message>
        <source>The property name &quot;%1&quot; contains a backtick, which Cypher cannot write.</source>
        <translation>Tên thuộc tính &quot;%1&quot; chứa dấu backtick, mà Cypher không viết được.</translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; contains a backtick, which Cypher cannot write.</source>
        <translation>Nhãn &quot;%1&quot; chứa dấu backtick, mà Cypher không viết được.</translation>
    </message>
    <message>
        <source>This backup already has %1 properties (it was taken from a merged graph); a merge would overwrite them.</source>
        <translation>Bản sao lưu này đã có thuộc tính %1 (nó được lấy từ một đồ thị đã gộp); việc gộp sẽ ghi đè lên chúng.</translation>
    </message>
    <message>
        <source>Restore it into a new graph instead (the default mode).</source>
        <translation>Hãy khôi phục nó vào một đồ thị mới (chế độ mặc định).</translation>
    </message>
    <message>
        <source>%1 nodes have no label; merging each of them scans the whole target graph.</source>
        <translation>%1 nút không có nhãn; gộp từng nút như vậy sẽ quét toàn bộ đồ thị đích.</translation>
    </message>
    <message>
        <source>Verifying the merged nodes in %1 ...</source>
        <translation>Đang kiểm tra các nút đã gộp trong %1 ...</translation>
    </message>
    <message>
        <source>The merged data in %1 differs from the backup: %2 of %3 nodes read back (content fingerprint %4), %5 of %6 edges merged.</source>
        <translation>Dữ liệu đã gộp trong %1 khác với bản sao lưu: đọc lại được %2 trên %3 nút (dấu vân tay nội dung %4), gộp được %5 trên %6 cạnh.</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>giống nhau</translation>
    </message>
    <message>
        <source>different</source>
        <translation>khác nhau</translation>
    </message>
    <message>
        <source>graph.json names a file outside its folder.</source>
        <translation>graph.json trỏ tới một tệp nằm ngoài thư mục của nó.</translation>
    </message>
    <message>
        <source>%1 is missing from the backup.</source>
        <translation>Bản sao lưu thiếu %1.</translation>
    </message>
    <message>
        <source>The backup set is incomplete; nothing was restored.</source>
        <translation>Bộ sao lưu chưa hoàn chỉnh; chưa khôi phục gì cả.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes but the backup recorded %3 (truncated or changed).</source>
        <translation>%1 có %2 byte nhưng bản sao lưu ghi nhận %3 (bị cắt cụt hoặc đã thay đổi).</translation>
    </message>
    <message>
        <source>The SHA-256 checksum of %1 does not match the backup&apos;s record.</source>
        <translation>Mã kiểm tra SHA-256 của %1 không khớp với ghi nhận của bản sao lưu.</translation>
    </message>
    <message>
        <source>The files of %1 do not add up to what graph.json recorded:
%2</source>
        <translation>Các tệp của %1 không khớp với những gì graph.json ghi nhận:
%2</translation>
    </message>
    <message>
        <source>graph.json</source>
        <translation>graph.json</translation>
    </message>
    <message>
        <source>the files</source>
        <translation>các tệp</translation>
    </message>
    <message>
        <source>FalkorDB plans the edge restore without id seeks; it will be slow. Plan:
%1</source>
        <translation>FalkorDB lập kế hoạch khôi phục cạnh mà không tìm theo id; việc này sẽ chậm. Kế hoạch:
%1</translation>
    </message>
    <message>
        <source>An earlier restore into &quot;%1&quot; did not finish (%2); that graph is incomplete.</source>
        <translation>Một lần khôi phục trước đó vào &quot;%1&quot; chưa hoàn tất (%2); đồ thị đó chưa hoàn chỉnh.</translation>
    </message>
    <message>
        <source>Run the restore again with --mode replace --yes to redo it.</source>
        <translation>Hãy chạy lại việc khôi phục với --mode replace --yes để làm lại.</translation>
    </message>
    <message>
        <source>The graph &quot;%1&quot; on the target already has %2 nodes and %3 edges.</source>
        <translation>Đồ thị &quot;%1&quot; trên đích đã có %2 nút và %3 cạnh.</translation>
    </message>
    <message>
        <source>Checking the backup of the graph in %1 ...</source>
        <translation>Đang kiểm tra bản sao lưu của đồ thị trong %1 ...</translation>
    </message>
    <message>
        <source>The merge into %1 stopped part way. Run the same restore with --mode merge again to complete it; nothing it wrote is duplicated.</source>
        <translation>Việc gộp vào %1 đã dừng giữa chừng. Hãy chạy lại đúng lần khôi phục đó với --mode merge để hoàn tất; những gì đã ghi sẽ không bị nhân đôi.</translation>
    </message>
    <message>
        <source>The restore into %1 stopped; the partly restored graph was deleted.</source>
        <translation>Việc khôi phục vào %1 đã dừng; đồ thị khôi phục dở đã bị xóa.</translation>
    </message>
    <message>
        <source>The restore into %1 stopped and the partial graph could not be deleted (%2). It is marked as unfinished on the server.</source>
        <translation>Việc khôi phục vào %1 đã dừng và không xóa được đồ thị dang dở (%2). Nó được đánh dấu là chưa hoàn tất trên máy chủ.</translation>
    </message>
    <message>
        <source>Verifying %1 against the backup ...</source>
        <translation>Đang đối chiếu %1 với bản sao lưu ...</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>bản sao lưu</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>đích</translation>
    </message>
    <message>
        <source>The restored graph %1 differs from the backup:
%2</source>
        <translation>Đồ thị đã khôi phục %1 khác với bản sao lưu:
%2</translation>
    </message>
    <message>
        <source>Do not use this graph; report the problem with the backup set attached.</source>
        <translation>Đừng dùng đồ thị này; hãy báo cáo sự cố kèm theo bộ sao lưu.</translation>
    </message>
    <message>
        <source>FalkorDB created %1 of %2 nodes in a batch.</source>
        <translation>FalkorDB chỉ tạo được %1 trên %2 nút trong một lô.</translation>
    </message>
    <message>
        <source>FalkorDB did not return the new id of node %1.</source>
        <translation>FalkorDB không trả về id mới của nút %1.</translation>
    </message>
    <message>
        <source>restoring nodes</source>
        <translation>đang khôi phục nút</translation>
    </message>
    <message>
        <source>FalkorDB created %1 of %2 edges in a batch (an endpoint was not found).</source>
        <translation>FalkorDB chỉ tạo được %1 trên %2 cạnh trong một lô (không tìm thấy một nút đầu mút).</translation>
    </message>
    <message>
        <source>restoring edges</source>
        <translation>đang khôi phục cạnh</translation>
    </message>
    <message>
        <source>the relationship type &quot;%1&quot; cannot be written in Cypher</source>
        <translation>không thể viết kiểu quan hệ &quot;%1&quot; trong Cypher</translation>
    </message>
    <message>
        <source>the edge&apos;s endpoints were not restored</source>
        <translation>các nút đầu mút của cạnh chưa được khôi phục</translation>
    </message>
    <message>
        <source>graph.json names an unknown column type.</source>
        <translation>graph.json có một kiểu cột không xác định.</translation>
    </message>
    <message>
        <source>graph.json describes a data file incompletely.</source>
        <translation>graph.json mô tả một tệp dữ liệu chưa đầy đủ.</translation>
    </message>
    <message>
        <source>graph.json is not a BrandMind graph description.</source>
        <translation>graph.json không phải là bản mô tả đồ thị của BrandMind.</translation>
    </message>
    <message>
        <source>graph.json has no valid format version.</source>
        <translation>graph.json không có phiên bản định dạng hợp lệ.</translation>
    </message>
    <message>
        <source>This backup uses graph format version %1; this program reads up to version %2.</source>
        <translation>Bản sao lưu này dùng định dạng đồ thị phiên bản %1; chương trình này đọc được tới phiên bản %2.</translation>
    </message>
    <message>
        <source>Install a newer BrandMind Backup to restore it.</source>
        <translation>Hãy cài BrandMind Backup mới hơn để khôi phục nó.</translation>
    </message>
    <message>
        <source>graph.json is incomplete.</source>
        <translation>graph.json chưa đầy đủ.</translation>
    </message>
    <message>
        <source>%1 is missing: this graph backup is incomplete.</source>
        <translation>Thiếu %1: bản sao lưu đồ thị này chưa hoàn chỉnh.</translation>
    </message>
    <message>
        <source>The backup was interrupted or the folder was damaged; make a new backup.</source>
        <translation>Việc sao lưu đã bị gián đoạn hoặc thư mục đã bị hỏng; hãy tạo một bản sao lưu mới.</translation>
    </message>
    <message>
        <source>Unexpected reply from FalkorDB to &quot;%1&quot;.</source>
        <translation>FalkorDB trả lời &quot;%1&quot; không như mong đợi.</translation>
    </message>
    <message>
        <source>A page of %1 timed out on the server; continuing with pages of %2 ids.</source>
        <translation>Một trang của %1 đã quá thời gian trên máy chủ; tiếp tục với các trang %2 id.</translation>
    </message>
    <message>
        <source>Could not read all %1 edges of node %2 in %3.</source>
        <translation>Không đọc được hết %1 cạnh của nút %2 trong %3.</translation>
    </message>
    <message>
        <source>%1 changed while it was read (exact values of %2 %3 expected, %4 returned).</source>
        <translation>%1 đã thay đổi trong khi đang được đọc (cần giá trị chính xác của %2 %3, nhận được %4).</translation>
    </message>
    <message>
        <source>Run the backup again, or use a consistent snapshot (--consistent).</source>
        <translation>Hãy chạy lại việc sao lưu, hoặc dùng ảnh chụp nhất quán (--consistent).</translation>
    </message>
    <message>
        <source>Exact value recovery failed for property %1 of %2 %3 in %4.</source>
        <translation>Không lấy lại được giá trị chính xác của thuộc tính %1 của %2 %3 trong %4.</translation>
    </message>
    <message>
        <source>The %1 constraint on %2(%3) failed: the restored data violates it.</source>
        <translation>Ràng buộc %1 trên %2(%3) thất bại: dữ liệu đã khôi phục vi phạm ràng buộc này.</translation>
    </message>
    <message>
        <source>The indexes of %1 were not operational after %2 s.</source>
        <translation>Các chỉ mục của %1 chưa hoạt động sau %2 giây.</translation>
    </message>
    <message>
        <source>building indexes</source>
        <translation>đang tạo chỉ mục</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>the file is empty (no header)</source>
        <translation>tệp rỗng (không có tiêu đề)</translation>
    </message>
    <message>
        <source>the header lacks the columns %1</source>
        <translation>tiêu đề thiếu các cột %1</translation>
    </message>
    <message>
        <source>column %1 should be &apos;%2&apos;</source>
        <translation>cột %1 phải là &apos;%2&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is not of the form key:Type with a known type</source>
        <translation>cột &apos;%1&apos; không có dạng key:Type với một kiểu đã biết</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>có %1 trường trong khi tiêu đề có %2</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2</source>
        <translation>cột &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the temporary index is short</source>
        <translation>chỉ mục tạm bị thiếu dữ liệu</translation>
    </message>
    <message>
        <source>the temporary body is short</source>
        <translation>phần nội dung tạm bị thiếu dữ liệu</translation>
    </message>
    <message>
        <source>Cannot create a temporary file: %1</source>
        <translation>Không thể tạo tệp tạm: %1</translation>
    </message>
    <message>
        <source>Check that the temporary folder is writable and not full.</source>
        <translation>Hãy kiểm tra xem thư mục tạm có ghi được và còn chỗ trống không.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>Không ghi được tệp tạm: %1</translation>
    </message>
    <message>
        <source>Check that the disk holding the temporary folder is not full.</source>
        <translation>Hãy kiểm tra xem đĩa chứa thư mục tạm có bị đầy không.</translation>
    </message>
    <message>
        <source>Ids are not in ascending order (%1 after %2).</source>
        <translation>Các id không theo thứ tự tăng dần (%1 sau %2).</translation>
    </message>
    <message>
        <source>Cannot map a temporary file: %1</source>
        <translation>Không thể ánh xạ tệp tạm vào bộ nhớ: %1</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>văn bản không phải là UTF-8 hợp lệ</translation>
    </message>
    <message>
        <source>a %1 value cannot be stored as a property</source>
        <translation>không thể lưu một giá trị %1 thành thuộc tính</translation>
    </message>
    <message>
        <source>invalid list value at character %1: %2</source>
        <translation>giá trị danh sách không hợp lệ tại ký tự %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 value</source>
        <translation>&apos;%1&apos; không phải là giá trị %2 hợp lệ</translation>
    </message>
    <message>
        <source>The server %1 has no graphs to back up.</source>
        <translation>Máy chủ %1 không có đồ thị nào để sao lưu.</translation>
    </message>
    <message>
        <source>The graphs there are: %1</source>
        <translation>Các đồ thị ở đó là: %1</translation>
    </message>
    <message>
        <source>Backing up graph %1 ...</source>
        <translation>Đang sao lưu đồ thị %1 ...</translation>
    </message>
    <message>
        <source>Graph %1: %2 nodes, %3 edges.</source>
        <translation>Đồ thị %1: %2 nút, %3 cạnh.</translation>
    </message>
    <message>
        <source>Nothing to back up.</source>
        <translation>Không có gì để sao lưu.</translation>
    </message>
    <message>
        <source>Give --falkordb URL for the graph and/or --milvus-backup URL for the vectors.</source>
        <translation>Hãy chỉ định --falkordb URL cho đồ thị và/hoặc --milvus-backup URL cho vector.</translation>
    </message>
    <message>
        <source>The folder %1 already exists and is not empty.</source>
        <translation>Thư mục %1 đã tồn tại và không rỗng.</translation>
    </message>
    <message>
        <source>Each backup set needs a new folder; choose another --out.</source>
        <translation>Mỗi bộ sao lưu cần một thư mục mới; hãy chọn --out khác.</translation>
    </message>
    <message>
        <source>Recording checksums ...</source>
        <translation>Đang ghi mã kiểm tra ...</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a graph name or SOURCE=TARGET.</source>
        <translation>&quot;%1&quot; không phải là tên đồ thị hoặc SOURCE=TARGET.</translation>
    </message>
    <message>
        <source>Two graphs would be restored into &quot;%1&quot;.</source>
        <translation>Hai đồ thị sẽ cùng được khôi phục vào &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The backup set %1 holds no graph.</source>
        <translation>Bộ sao lưu %1 không chứa đồ thị nào.</translation>
    </message>
    <message>
        <source>The backup set has no graph &quot;%1&quot;.</source>
        <translation>Bộ sao lưu không có đồ thị &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>It holds: %1</source>
        <translation>Nó chứa: %1</translation>
    </message>
    <message>
        <source>Restoring graph %1 into %2 ...</source>
        <translation>Đang khôi phục đồ thị %1 vào %2 ...</translation>
    </message>
    <message>
        <source>Graph %1: %2 nodes and %3 edges restored and verified.</source>
        <translation>Đồ thị %1: đã khôi phục và kiểm tra %2 nút và %3 cạnh.</translation>
    </message>
    <message>
        <source>Give the folder of a backup set (or, later, a package).</source>
        <translation>Hãy chỉ định thư mục của một bộ sao lưu (hoặc, sau này, một gói).</translation>
    </message>
    <message>
        <source>Nothing was restored. If you must use what is there, add --force: each graph folder is still checked against its own graph.json.</source>
        <translation>Chưa khôi phục gì cả. Nếu bạn buộc phải dùng những gì đang có, hãy thêm --force: mỗi thư mục đồ thị vẫn được đối chiếu với graph.json của chính nó.</translation>
    </message>
    <message>
        <source>%1 is incomplete (no manifest.json); using %2 complete graph folder(s) because of --force.</source>
        <translation>%1 chưa hoàn chỉnh (không có manifest.json); dùng %2 thư mục đồ thị hoàn chỉnh vì có --force.</translation>
    </message>
    <message>
        <source>Checking %1 files of the backup set ...</source>
        <translation>Đang kiểm tra %1 tệp của bộ sao lưu ...</translation>
    </message>
    <message>
        <source>The backup set %1 is damaged:
%2</source>
        <translation>Bộ sao lưu %1 bị hỏng:
%2</translation>
    </message>
    <message>
        <source>Nothing was restored. Use another copy of the set.</source>
        <translation>Chưa khôi phục gì cả. Hãy dùng một bản sao khác của bộ sao lưu.</translation>
    </message>
    <message>
        <source>graph %1: graph.json and manifest.json disagree on the fingerprint</source>
        <translation>đồ thị %1: graph.json và manifest.json ghi dấu vân tay khác nhau</translation>
    </message>
    <message>
        <source>graph %1: %2</source>
        <translation>đồ thị %1: %2</translation>
    </message>
    <message>
        <source>the graph %1 does not exist on the server</source>
        <translation>đồ thị %1 không tồn tại trên máy chủ</translation>
    </message>
    <message>
        <source>the file got shorter</source>
        <translation>tệp đã ngắn đi</translation>
    </message>
    <message>
        <source>A file slice can only be read.</source>
        <translation>Một đoạn tệp chỉ có thể được đọc.</translation>
    </message>
    <message>
        <source>%1 is shorter than expected (%2 bytes, needed %3); did it change?</source>
        <translation>%1 ngắn hơn dự kiến (%2 byte, cần %3); tệp có bị thay đổi không?</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>Tệp chứng chỉ CA %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Give the path of the CA certificate (PEM) that signed the S3 server&apos;s certificate.</source>
        <translation>Hãy chỉ định đường dẫn của chứng chỉ CA (PEM) đã ký chứng chỉ của máy chủ S3.</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>Không đọc được chứng chỉ PEM nào từ %1.</translation>
    </message>
    <message>
        <source>Give the CA certificate (PEM) that signed the S3 server&apos;s certificate.</source>
        <translation>Hãy chỉ định chứng chỉ CA (PEM) đã ký chứng chỉ của máy chủ S3.</translation>
    </message>
    <message>
        <source>the transfer was stopped</source>
        <translation>việc truyền đã bị dừng</translation>
    </message>
    <message>
        <source>S3 %1 failed: %2</source>
        <translation>S3: %1 thất bại: %2</translation>
    </message>
    <message>
        <source>S3 %1 stalled: no data moved for %2 seconds.</source>
        <translation>S3: %1 bị đứng: không có dữ liệu nào được truyền trong %2 giây.</translation>
    </message>
    <message>
        <source>Check the network and the S3 server, then retry; finished files are kept.</source>
        <translation>Hãy kiểm tra mạng và máy chủ S3, rồi thử lại; các tệp đã xong được giữ lại.</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>bị đứng</translation>
    </message>
    <message>
        <source>S3 %1: %2, retrying (attempt %3 of %4).</source>
        <translation>S3: %1: %2, đang thử lại (lần %3 trên %4).</translation>
    </message>
    <message>
        <source>check of bucket %1</source>
        <translation>kiểm tra bucket %1</translation>
    </message>
    <message>
        <source>creation of bucket %1</source>
        <translation>tạo bucket %1</translation>
    </message>
    <message>
        <source>listing of %1</source>
        <translation>liệt kê %1</translation>
    </message>
    <message>
        <source>The S3 server said the listing of %1 continues but gave no new continuation token.</source>
        <translation>Máy chủ S3 báo danh sách %1 vẫn còn tiếp nhưng không đưa continuation token mới.</translation>
    </message>
    <message>
        <source>check of %1</source>
        <translation>kiểm tra %1</translation>
    </message>
    <message>
        <source>download of %1</source>
        <translation>tải xuống %1</translation>
    </message>
    <message>
        <source>Check that the folder is writable and has free space.</source>
        <translation>Hãy kiểm tra xem thư mục có ghi được và còn dung lượng trống không.</translation>
    </message>
    <message>
        <source>the server sent a different byte range than asked for (%1)</source>
        <translation>máy chủ gửi một khoảng byte khác với yêu cầu (%1)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Free space on the destination disk (or choose another folder) and retry.</source>
        <translation>Hãy giải phóng dung lượng trên đĩa đích (hoặc chọn thư mục khác) rồi thử lại.</translation>
    </message>
    <message>
        <source>%1 changed on the server while it was being downloaded.</source>
        <translation>%1 đã thay đổi trên máy chủ trong khi đang được tải xuống.</translation>
    </message>
    <message>
        <source>Make sure nothing writes to this backup folder, then retry.</source>
        <translation>Hãy đảm bảo không có gì ghi vào thư mục sao lưu này, rồi thử lại.</translation>
    </message>
    <message>
        <source>S3 %1 interrupted at byte %2 (%3), resuming (attempt %4 of %5).</source>
        <translation>S3: %1 bị gián đoạn tại byte %2 (%3), đang tiếp tục (lần %4 trên %5).</translation>
    </message>
    <message>
        <source>S3 %1 ended early: %2 of %3 bytes.</source>
        <translation>S3: %1 kết thúc sớm: %2 trên %3 byte.</translation>
    </message>
    <message>
        <source>Free space on the destination disk and retry.</source>
        <translation>Hãy giải phóng dung lượng trên đĩa đích rồi thử lại.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes but the listing said %3.</source>
        <translation>%1 có %2 byte nhưng danh sách ghi %3.</translation>
    </message>
    <message>
        <source>%1 arrived corrupted: its MD5 %2 differs from the server&apos;s ETag %3.</source>
        <translation>%1 nhận về bị hỏng: MD5 %2 của nó khác với ETag %3 của máy chủ.</translation>
    </message>
    <message>
        <source>Retry the download; if it persists, the stored object is damaged.</source>
        <translation>Hãy thử tải xuống lại; nếu vẫn lỗi, đối tượng được lưu đã bị hỏng.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Không thể thay thế %1.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>Không thể đổi tên %1 thành %2.</translation>
    </message>
    <message>
        <source>ranged read of %1</source>
        <translation>đọc một đoạn của %1</translation>
    </message>
    <message>
        <source>upload of %1</source>
        <translation>tải lên %1</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 không phải là tệp đọc được.</translation>
    </message>
    <message>
        <source>The server stored %1 with MD5 %2, but the file&apos;s MD5 is %3.</source>
        <translation>Máy chủ đã lưu %1 với MD5 %2, nhưng MD5 của tệp là %3.</translation>
    </message>
    <message>
        <source>%1 would need %2 parts; S3 allows 10000.</source>
        <translation>%1 sẽ cần %2 phần; S3 cho phép tối đa 10000.</translation>
    </message>
    <message>
        <source>Raise the multipart part size.</source>
        <translation>Hãy tăng kích thước mỗi phần khi tải lên nhiều phần.</translation>
    </message>
    <message>
        <source>upload of part %1/%2 of %3</source>
        <translation>tải lên phần %1/%2 của %3</translation>
    </message>
    <message>
        <source>The S3 server returned no ETag for part %1 of %2.</source>
        <translation>Máy chủ S3 không trả về ETag cho phần %1 của %2.</translation>
    </message>
    <message>
        <source>Part %1 of %2 was stored with a different MD5.</source>
        <translation>Phần %1 của %2 được lưu với MD5 khác.</translation>
    </message>
    <message>
        <source>The incomplete multipart upload %1 of %2 could not be removed; it may keep using space on the server until a lifecycle rule or an administrator removes it.</source>
        <translation>Không xóa được lần tải lên nhiều phần dang dở %1 của %2; nó có thể tiếp tục chiếm dung lượng trên máy chủ cho đến khi một quy tắc lifecycle hoặc quản trị viên xóa nó.</translation>
    </message>
    <message>
        <source>The server assembled %1 with MD5 %2, but the file&apos;s MD5 is %3.</source>
        <translation>Máy chủ đã ghép %1 với MD5 %2, nhưng MD5 của tệp là %3.</translation>
    </message>
    <message>
        <source>The server assembled %1 from different parts (ETag %2, expected %3).</source>
        <translation>Máy chủ đã ghép %1 từ các phần khác (ETag %2, cần %3).</translation>
    </message>
    <message>
        <source>start of multipart upload of %1</source>
        <translation>bắt đầu tải lên nhiều phần %1</translation>
    </message>
    <message>
        <source>The S3 server started a multipart upload of %1 but sent no upload id.</source>
        <translation>Máy chủ S3 đã bắt đầu tải lên nhiều phần %1 nhưng không gửi upload id.</translation>
    </message>
    <message>
        <source>upload of part %1 of %2</source>
        <translation>tải lên phần %1 của %2</translation>
    </message>
    <message>
        <source>completion of multipart upload of %1</source>
        <translation>hoàn tất tải lên nhiều phần %1</translation>
    </message>
    <message>
        <source>abort of multipart upload of %1</source>
        <translation>hủy tải lên nhiều phần %1</translation>
    </message>
    <message>
        <source>The S3 server does not support aborting multipart uploads (HTTP %1); the incomplete upload of %2 stays on the server.</source>
        <translation>Máy chủ S3 không hỗ trợ hủy tải lên nhiều phần (HTTP %1); phần tải lên dang dở của %2 vẫn nằm trên máy chủ.</translation>
    </message>
    <message>
        <source>Aborting the multipart upload of %1 failed.</source>
        <translation>Hủy tải lên nhiều phần %1 thất bại.</translation>
    </message>
    <message>
        <source>deletion of %1</source>
        <translation>xóa %1</translation>
    </message>
    <message>
        <source>deletion of %1 objects</source>
        <translation>xóa %1 đối tượng</translation>
    </message>
    <message>
        <source>The S3 server did not delete %1 objects: %2</source>
        <translation>Máy chủ S3 không xóa %1 đối tượng: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an S3 endpoint URL.</source>
        <translation>&quot;%1&quot; không phải là URL endpoint S3.</translation>
    </message>
    <message>
        <source>Use http://host:port or https://host:port, e.g. http://127.0.0.1:9000.</source>
        <translation>Hãy dùng http://host:port hoặc https://host:port, ví dụ http://127.0.0.1:9000.</translation>
    </message>
    <message>
        <source>The S3 endpoint URL must not contain credentials, a query or a fragment.</source>
        <translation>URL endpoint S3 không được chứa thông tin xác thực, query hay fragment.</translation>
    </message>
    <message>
        <source>Give the keys through S3_ACCESS_KEY/S3_SECRET_KEY or the profile.</source>
        <translation>Hãy cung cấp khóa qua S3_ACCESS_KEY/S3_SECRET_KEY hoặc hồ sơ kết nối.</translation>
    </message>
    <message>
        <source>The URL names bucket &quot;%1&quot; but bucket &quot;%2&quot; was given.</source>
        <translation>URL ghi bucket &quot;%1&quot; nhưng bucket được chỉ định là &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No S3 bucket was given.</source>
        <translation>Chưa chỉ định bucket S3.</translation>
    </message>
    <message>
        <source>Name the bucket, or use http://host:port/&lt;bucket&gt;/&lt;root&gt;.</source>
        <translation>Hãy ghi tên bucket, hoặc dùng http://host:port/&lt;bucket&gt;/&lt;root&gt;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid S3 bucket name.</source>
        <translation>&quot;%1&quot; không phải là tên bucket S3 hợp lệ.</translation>
    </message>
    <message>
        <source>Bucket names are 3 to 63 lower-case letters, digits, dots and hyphens.</source>
        <translation>Tên bucket gồm 3 đến 63 chữ cái thường, chữ số, dấu chấm và dấu gạch ngang.</translation>
    </message>
    <message>
        <source>No S3 credentials: S3_ACCESS_KEY and S3_SECRET_KEY must both be set.</source>
        <translation>Không có thông tin xác thực S3: phải đặt cả S3_ACCESS_KEY và S3_SECRET_KEY.</translation>
    </message>
    <message>
        <source>Export S3_ACCESS_KEY and S3_SECRET_KEY, or store the keys in the profile.</source>
        <translation>Hãy export S3_ACCESS_KEY và S3_SECRET_KEY, hoặc lưu các khóa trong hồ sơ kết nối.</translation>
    </message>
    <message>
        <source>no access key</source>
        <translation>không có access key</translation>
    </message>
    <message>
        <source>access key %1</source>
        <translation>access key %1</translation>
    </message>
    <message>
        <source>S3 %1 failed (%2).</source>
        <translation>S3: %1 thất bại (%2).</translation>
    </message>
    <message>
        <source>S3 %1 was refused because this computer&apos;s clock is off by more than 15 minutes (%2).</source>
        <translation>S3: %1 bị từ chối vì đồng hồ của máy tính này lệch quá 15 phút (%2).</translation>
    </message>
    <message>
        <source>Correct the system time (enable NTP) on this computer or the server.</source>
        <translation>Hãy chỉnh lại giờ hệ thống (bật NTP) trên máy tính này hoặc trên máy chủ.</translation>
    </message>
    <message>
        <source>Check S3_ACCESS_KEY/S3_SECRET_KEY (or the profile&apos;s keys) and that this key may access bucket &quot;%1&quot;.</source>
        <translation>Hãy kiểm tra S3_ACCESS_KEY/S3_SECRET_KEY (hoặc các khóa của hồ sơ kết nối) và khóa này có được phép truy cập bucket &quot;%1&quot; không.</translation>
    </message>
    <message>
        <source>S3 bucket &quot;%1&quot; does not exist (%2).</source>
        <translation>Bucket S3 &quot;%1&quot; không tồn tại (%2).</translation>
    </message>
    <message>
        <source>Check the bucket name, or create the bucket first.</source>
        <translation>Hãy kiểm tra tên bucket, hoặc tạo bucket trước.</translation>
    </message>
    <message>
        <source>The object is not there; it may have been deleted meanwhile.</source>
        <translation>Đối tượng không có ở đó; có thể nó đã bị xóa trong lúc đó.</translation>
    </message>
    <message>
        <source>The object changed on the server during the transfer; start again.</source>
        <translation>Đối tượng đã thay đổi trên máy chủ trong khi truyền; hãy bắt đầu lại.</translation>
    </message>
    <message>
        <source>The data was corrupted on the way; check the network and retry.</source>
        <translation>Dữ liệu bị hỏng trên đường truyền; hãy kiểm tra mạng và thử lại.</translation>
    </message>
    <message>
        <source>Bucket names are global; choose another one.</source>
        <translation>Tên bucket là duy nhất toàn cục; hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>The S3 server kept failing after several retries; check its health and free space, then retry.</source>
        <translation>Máy chủ S3 vẫn lỗi sau nhiều lần thử lại; hãy kiểm tra tình trạng và dung lượng trống của nó, rồi thử lại.</translation>
    </message>
    <message>
        <source>Check the server certificate, or give the CA file that signed it.</source>
        <translation>Hãy kiểm tra chứng chỉ của máy chủ, hoặc chỉ định tệp CA đã ký nó.</translation>
    </message>
    <message>
        <source>Check the S3 endpoint address and that the server is running.</source>
        <translation>Hãy kiểm tra địa chỉ endpoint S3 và máy chủ có đang chạy không.</translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation>khóa rỗng</translation>
    </message>
    <message>
        <source>the key is an absolute path</source>
        <translation>khóa là một đường dẫn tuyệt đối</translation>
    </message>
    <message>
        <source>the key contains a NUL character</source>
        <translation>khóa chứa ký tự NUL</translation>
    </message>
    <message>
        <source>the key ends in %1, which this program uses for incomplete files</source>
        <translation>khóa kết thúc bằng %1, đuôi mà chương trình này dùng cho các tệp chưa hoàn tất</translation>
    </message>
    <message>
        <source>the key has an empty path segment (&quot;//&quot; or a trailing &quot;/&quot;)</source>
        <translation>khóa có một đoạn đường dẫn rỗng (&quot;//&quot; hoặc &quot;/&quot; ở cuối)</translation>
    </message>
    <message>
        <source>the key contains &quot;%1&quot; and would leave the destination folder</source>
        <translation>khóa chứa &quot;%1&quot; và sẽ thoát ra ngoài thư mục đích</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: bị thiếu</translation>
    </message>
    <message>
        <source>%1: %2 bytes, expected %3</source>
        <translation>%1: %2 byte, cần %3</translation>
    </message>
    <message>
        <source>%1: SHA-256 %2, expected %3</source>
        <translation>%1: SHA-256 %2, cần %3</translation>
    </message>
    <message>
        <source>%1 object(s) in %2 cannot be stored as local files: %3</source>
        <translation>%1 đối tượng trong %2 không thể lưu thành tệp cục bộ: %3</translation>
    </message>
    <message>
        <source>This does not look like a milvus-backup folder; nothing was downloaded.</source>
        <translation>Đây có vẻ không phải là thư mục milvus-backup; chưa tải xuống gì cả.</translation>
    </message>
    <message>
        <source>In %1, these keys are both a file and a folder: %2</source>
        <translation>Trong %1, các khóa sau vừa là tệp vừa là thư mục: %2</translation>
    </message>
    <message>
        <source>A local folder cannot hold both; nothing was downloaded.</source>
        <translation>Một thư mục cục bộ không thể chứa cả hai; chưa tải xuống gì cả.</translation>
    </message>
    <message>
        <source>There is nothing under %1/%2.</source>
        <translation>Không có gì trong %1/%2.</translation>
    </message>
    <message>
        <source>Check the backup name and the root path.</source>
        <translation>Hãy kiểm tra tên bản sao lưu và đường dẫn gốc.</translation>
    </message>
    <message>
        <source>download</source>
        <translation>tải xuống</translation>
    </message>
    <message>
        <source>download files</source>
        <translation>tải xuống tệp</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is an incomplete download; the folder is not a whole backup.</source>
        <translation>%1 là một tệp tải xuống dở dang; thư mục này không phải là một bản sao lưu trọn vẹn.</translation>
    </message>
    <message>
        <source>Finish or repeat the download before uploading this folder.</source>
        <translation>Hãy hoàn tất hoặc tải xuống lại trước khi tải thư mục này lên.</translation>
    </message>
    <message>
        <source>Cannot upload %1: %2</source>
        <translation>Không thể tải lên %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 holds no files.</source>
        <translation>Thư mục %1 không chứa tệp nào.</translation>
    </message>
    <message>
        <source>%1/%2 already holds objects.</source>
        <translation>%1/%2 đã chứa đối tượng.</translation>
    </message>
    <message>
        <source>Choose another backup name or delete the existing folder first; milvus-backup refuses to create into a non-empty folder too.</source>
        <translation>Hãy chọn tên bản sao lưu khác hoặc xóa thư mục hiện có trước; milvus-backup cũng từ chối tạo vào một thư mục không rỗng.</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>tải lên</translation>
    </message>
    <message>
        <source>upload files</source>
        <translation>tải lên tệp</translation>
    </message>
    <message>
        <source>%1: not listed</source>
        <translation>%1: không có trong danh sách</translation>
    </message>
    <message>
        <source>%1: listed with %2 bytes, uploaded %3</source>
        <translation>%1: danh sách ghi %2 byte, đã tải lên %3</translation>
    </message>
    <message>
        <source>%1: HEAD says it does not exist</source>
        <translation>%1: HEAD báo không tồn tại</translation>
    </message>
    <message>
        <source>%1: HEAD says %2 bytes, uploaded %3</source>
        <translation>%1: HEAD báo %2 byte, đã tải lên %3</translation>
    </message>
    <message>
        <source>%1: HEAD ETag %2 differs from the upload&apos;s %3</source>
        <translation>%1: ETag %2 theo HEAD khác với %3 của lần tải lên</translation>
    </message>
    <message>
        <source>After uploading, %1/%2 does not match the local folder: %3</source>
        <translation>Sau khi tải lên, %1/%2 không khớp với thư mục cục bộ: %3</translation>
    </message>
    <message>
        <source>The folder is incomplete on the server; upload it again.</source>
        <translation>Thư mục trên máy chủ chưa đầy đủ; hãy tải lên lại.</translation>
    </message>
    <message>
        <source>The S3 server sent an unreadable %1 response: %2 (line %3).</source>
        <translation>Máy chủ S3 gửi một phản hồi %1 không đọc được: %2 (dòng %3).</translation>
    </message>
    <message>
        <source>The S3 server answered a listing with an error document.</source>
        <translation>Máy chủ S3 trả lời yêu cầu liệt kê bằng một tài liệu báo lỗi.</translation>
    </message>
    <message>
        <source>--mode replace replaces the graph &quot;%1&quot; with the backup (the old graph is deleted once the restored one is verified).</source>
        <translation>--mode replace thay đồ thị &quot;%1&quot; bằng bản sao lưu (đồ thị cũ chỉ bị xóa khi đồ thị đã khôi phục được kiểm tra xong).</translation>
    </message>
    <message>
        <source>Add --yes to confirm. The server needs free memory for a second copy of the graph while the replace runs.</source>
        <translation>Hãy thêm --yes để xác nhận. Trong khi thay thế, máy chủ cần đủ bộ nhớ trống cho bản sao thứ hai của đồ thị.</translation>
    </message>
    <message>
        <source>Nothing was changed. Restore under another name (--graph SOURCE=NEW_NAME), or use --mode replace --yes to replace it.</source>
        <translation>Chưa có gì bị thay đổi. Hãy khôi phục dưới tên khác (--graph SOURCE=NEW_NAME), hoặc dùng --mode replace --yes để thay thế nó.</translation>
    </message>
    <message>
        <source>Verifying the staging graph %1 against the backup ...</source>
        <translation>Đang đối chiếu đồ thị trung gian %1 với bản sao lưu ...</translation>
    </message>
    <message>
        <source>The restored staging graph %1 differs from the backup:
%2</source>
        <translation>Đồ thị trung gian đã khôi phục %1 khác với bản sao lưu:
%2</translation>
    </message>
    <message>
        <source>Report the problem with the backup set attached.</source>
        <translation>Hãy báo cáo sự cố kèm theo bộ sao lưu.</translation>
    </message>
    <message>
        <source>The replace of %1 stopped before the swap. %2</source>
        <translation>Việc thay thế %1 đã dừng trước bước hoán đổi. %2</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; on the target holds something other than a graph.</source>
        <translation>Khóa &quot;%1&quot; trên đích chứa thứ khác không phải đồ thị.</translation>
    </message>
    <message>
        <source>Nothing was changed. Replace only replaces graphs; restore under another name (--graph SOURCE=NEW_NAME).</source>
        <translation>Chưa có gì bị thay đổi. Thay thế chỉ áp dụng cho đồ thị; hãy khôi phục dưới tên khác (--graph SOURCE=NEW_NAME).</translation>
    </message>
    <message>
        <source>No free name for a staging graph next to &quot;%1&quot;.</source>
        <translation>Không còn tên trống cho đồ thị trung gian bên cạnh &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Replace cannot run on this server: copying a graph failed (%1).</source>
        <translation>Không thể thay thế trên máy chủ này: sao chép đồ thị thất bại (%1).</translation>
    </message>
    <message>
        <source>Nothing was changed; the graph &quot;%1&quot; is untouched. Replace restores into a staging graph and copies it into place with GRAPH.COPY (FalkorDB 4.2 or later, and the permission to run it). Restore under another name instead (--graph SOURCE=NEW_NAME).</source>
        <translation>Chưa có gì bị thay đổi; đồ thị &quot;%1&quot; vẫn nguyên vẹn. Thay thế khôi phục vào một đồ thị trung gian rồi sao chép nó vào đúng chỗ bằng GRAPH.COPY (cần FalkorDB 4.2 trở lên và quyền chạy lệnh này). Hãy khôi phục dưới tên khác (--graph SOURCE=NEW_NAME).</translation>
    </message>
    <message>
        <source>An earlier replace of &quot;%1&quot; was interrupted while it loaded the backup into the staging graph &quot;%2&quot;; it had not touched &quot;%1&quot; yet.</source>
        <translation>Một lần thay thế &quot;%1&quot; trước đó đã bị gián đoạn khi đang nạp bản sao lưu vào đồ thị trung gian &quot;%2&quot;; khi đó nó chưa động tới &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An earlier replace of &quot;%1&quot; was interrupted while it swapped the restored graph in: &quot;%1&quot; may be missing or incomplete; the complete restored graph is in &quot;%2&quot;.</source>
        <translation>Một lần thay thế &quot;%1&quot; trước đó đã bị gián đoạn khi đang hoán đổi đồ thị đã khôi phục vào: &quot;%1&quot; có thể bị thiếu hoặc chưa hoàn chỉnh; đồ thị đã khôi phục hoàn chỉnh nằm trong &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the staging graph of an interrupted replace of &quot;%2&quot;; it is incomplete.</source>
        <translation>&quot;%1&quot; là đồ thị trung gian của một lần thay thế &quot;%2&quot; bị gián đoạn; nó chưa hoàn chỉnh.</translation>
    </message>
    <message>
        <source>Run the restore again with --mode replace --yes, or bring &quot;%2&quot; into place by hand: GRAPH.DELETE &quot;%1&quot; (if it exists), GRAPH.COPY &quot;%2&quot; &quot;%1&quot;, DEL &quot;%3&quot;, then GRAPH.DELETE &quot;%2&quot;.</source>
        <translation>Hãy chạy lại việc khôi phục với --mode replace --yes, hoặc tự đưa &quot;%2&quot; vào đúng chỗ: GRAPH.DELETE &quot;%1&quot; (nếu có), GRAPH.COPY &quot;%2&quot; &quot;%1&quot;, DEL &quot;%3&quot;, rồi GRAPH.DELETE &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Run the restore again with --mode replace --yes (it removes &quot;%1&quot;), or delete it by hand: GRAPH.DELETE &quot;%1&quot;, DEL &quot;%2&quot; &quot;%3&quot;.</source>
        <translation>Hãy chạy lại việc khôi phục với --mode replace --yes (nó sẽ xóa &quot;%1&quot;), hoặc tự xóa: GRAPH.DELETE &quot;%1&quot;, DEL &quot;%2&quot; &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Deleted the incomplete staging graph %1 left by an interrupted replace of %2.</source>
        <translation>Đã xóa đồ thị trung gian chưa hoàn chỉnh %1 do một lần thay thế %2 bị gián đoạn để lại.</translation>
    </message>
    <message>
        <source>%1 holds the complete graph of an interrupted replace of %2; it is kept until this replace has succeeded.</source>
        <translation>%1 chứa đồ thị hoàn chỉnh của một lần thay thế %2 bị gián đoạn; nó được giữ lại cho đến khi lần thay thế này thành công.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Restoring into the staging graph %1; %2 stays as it is until the restored graph is verified. The server needs memory for a second copy of the graph.</source>
        <translation>Đang khôi phục vào đồ thị trung gian %1; %2 được giữ nguyên cho đến khi đồ thị đã khôi phục được kiểm tra. Máy chủ cần bộ nhớ cho bản sao thứ hai của đồ thị.</translation>
    </message>
    <message>
        <source>The graph &quot;%1&quot; is untouched; the staging graph %2 was deleted.</source>
        <translation>Đồ thị &quot;%1&quot; vẫn nguyên vẹn; đồ thị trung gian %2 đã bị xóa.</translation>
    </message>
    <message>
        <source>The graph &quot;%1&quot; is untouched. The incomplete staging graph &quot;%2&quot; could not be deleted (%3); delete it with GRAPH.DELETE &quot;%2&quot; and DEL &quot;%4&quot; &quot;%5&quot;.</source>
        <translation>Đồ thị &quot;%1&quot; vẫn nguyên vẹn. Không xóa được đồ thị trung gian chưa hoàn chỉnh &quot;%2&quot; (%3); hãy xóa nó bằng GRAPH.DELETE &quot;%2&quot; và DEL &quot;%4&quot; &quot;%5&quot;.</translation>
    </message>
    <message>
        <source>Swapping: deleting the old graph %1 and copying %2 into its place (this step is not canceled) ...</source>
        <translation>Đang hoán đổi: xóa đồ thị cũ %1 và sao chép %2 vào chỗ của nó (bước này không bị hủy) ...</translation>
    </message>
    <message>
        <source>The old graph &quot;%1&quot; could not be deleted: %2</source>
        <translation>Không xóa được đồ thị cũ &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>GRAPH.COPY answered, but %1 did not appear within %2 s.</source>
        <translation>GRAPH.COPY đã trả lời, nhưng %1 không xuất hiện trong vòng %2 giây.</translation>
    </message>
    <message>
        <source>Verifying %1 after the swap ...</source>
        <translation>Đang kiểm tra %1 sau khi hoán đổi ...</translation>
    </message>
    <message>
        <source>indexes and constraints: %1 has [%2], %3 has [%4]</source>
        <translation>chỉ mục và ràng buộc: %1 có [%2], %3 có [%4]</translation>
    </message>
    <message>
        <source>the copy differs from the backup:
%1</source>
        <translation>bản sao khác với bản sao lưu:
%1</translation>
    </message>
    <message>
        <source>Replacing &quot;%1&quot; failed after the old graph was deleted: %2
The restored graph is complete and verified in &quot;%3&quot;; do not use &quot;%1&quot; until it is replaced.</source>
        <translation>Thay thế &quot;%1&quot; thất bại sau khi đồ thị cũ đã bị xóa: %2
Đồ thị đã khôi phục hoàn chỉnh và đã được kiểm tra nằm trong &quot;%3&quot;; đừng dùng &quot;%1&quot; cho đến khi nó được thay thế.</translation>
    </message>
    <message>
        <source>%1 is restored and verified, but the staging graph %2 could not be deleted (%3); delete it with GRAPH.DELETE &quot;%2&quot; to free its memory.</source>
        <translation>%1 đã được khôi phục và kiểm tra, nhưng không xóa được đồ thị trung gian %2 (%3); hãy xóa nó bằng GRAPH.DELETE &quot;%2&quot; để giải phóng bộ nhớ.</translation>
    </message>
</context>
<context>
    <name>RespReader</name>
    <message>
        <source>The server sent a reply that is not valid RESP (%1).</source>
        <translation>Máy chủ gửi một phản hồi không phải RESP hợp lệ (%1).</translation>
    </message>
    <message>
        <source>Check that the address points at a Redis/FalkorDB server.</source>
        <translation>Hãy kiểm tra địa chỉ có trỏ tới một máy chủ Redis/FalkorDB không.</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Chọn bản sao lưu</translation>
    </message>
    <message>
        <source>Pick a backup set folder (or a package), and the profile whose servers receive it.</source>
        <translation>Chọn một thư mục bộ sao lưu (hoặc một gói) và hồ sơ kết nối có máy chủ sẽ nhận dữ liệu.</translation>
    </message>
    <message>
        <source>Backup set:</source>
        <translation>Bộ sao lưu:</translation>
    </message>
    <message>
        <source>a folder with manifest.json</source>
        <translation>thư mục có manifest.json</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>&amp;Thư mục…</translation>
    </message>
    <message>
        <source>&amp;Package…</source>
        <translation>&amp;Gói…</translation>
    </message>
    <message>
        <source>Restore into:</source>
        <translation>Khôi phục vào:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Xem lại</translation>
    </message>
    <message>
        <source>Graph in set</source>
        <translation>Đồ thị trong bộ sao lưu</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nút</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Cạnh</translation>
    </message>
    <message>
        <source>On the target</source>
        <translation>Trên đích</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>Khôi phục thành</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Đang khôi phục</translation>
    </message>
    <message>
        <source>Files are checked first; nothing on the server changes until they are whole. Cancel stops and removes the partial graph.</source>
        <translation>Các tệp được kiểm tra trước; không có gì trên máy chủ thay đổi cho đến khi chúng nguyên vẹn. Hủy sẽ dừng và xóa đồ thị dang dở.</translation>
    </message>
    <message>
        <source>&amp;Stop restore</source>
        <translation>&amp;Dừng khôi phục</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>Báo cáo kiểm tra</translation>
    </message>
    <message>
        <source>✔ %1 → %2: %3 nodes, %4 edges restored; counts and fingerprint match the backup.</source>
        <translation>✔ %1 → %2: đã khôi phục %3 nút, %4 cạnh; số lượng và dấu vân tay khớp với bản sao lưu.</translation>
    </message>
    <message>
        <source>✘ %1 → %2: %3 nodes, %4 edges restored, but it does NOT match the backup.</source>
        <translation>✘ %1 → %2: đã khôi phục %3 nút, %4 cạnh, nhưng KHÔNG khớp với bản sao lưu.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Backup set</source>
        <translation>Bộ sao lưu</translation>
    </message>
    <message>
        <source>Add a connection profile for the target servers first.</source>
        <translation>Hãy thêm một hồ sơ kết nối cho các máy chủ đích trước.</translation>
    </message>
    <message>
        <source>Enter the new name for %1.</source>
        <translation>Nhập tên mới cho %1.</translation>
    </message>
    <message>
        <source>Two graphs would be restored as %1.</source>
        <translation>Hai đồ thị sẽ cùng được khôi phục thành %1.</translation>
    </message>
    <message>
        <source>%1 already exists on the target: skip it, choose another name, or replace it.</source>
        <translation>%1 đã tồn tại trên đích: hãy bỏ qua, chọn tên khác hoặc thay thế nó.</translation>
    </message>
    <message>
        <source>Every graph is skipped: there is nothing to restore.</source>
        <translation>Mọi đồ thị đều bị bỏ qua: không có gì để khôi phục.</translation>
    </message>
    <message>
        <source>Stop the restore? The graph being restored is deleted again.</source>
        <translation>Dừng khôi phục? Đồ thị đang được khôi phục sẽ bị xóa lại.</translation>
    </message>
    <message>
        <source>%1 is not a complete backup set: it has no manifest.json.</source>
        <translation>%1 không phải là một bộ sao lưu hoàn chỉnh: nó không có manifest.json.</translation>
    </message>
    <message>
        <source>Choose the folder of a set that finished (History shows its status).</source>
        <translation>Hãy chọn thư mục của một bộ sao lưu đã hoàn tất (thẻ Lịch sử hiển thị trạng thái của nó).</translation>
    </message>
    <message>
        <source>Set: %1</source>
        <translation>Bộ sao lưu: %1</translation>
    </message>
    <message>
        <source>Made %1 from %2 (%3), FalkorDB %4</source>
        <translation>Tạo %1 từ %2 (%3), FalkorDB %4</translation>
    </message>
    <message numerus="yes">
        <source>Components: %1; %n file(s) listed with checksums (checked again before anything is restored).</source>
        <translation>
            <numerusform>Thành phần: %1; %n tệp được liệt kê kèm mã kiểm tra (được kiểm tra lại trước khi khôi phục bất cứ thứ gì).</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>đang kiểm tra…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Restore under another name</source>
        <translation>Khôi phục dưới tên khác</translation>
    </message>
    <message>
        <source>Replace the existing graph</source>
        <translation>Thay thế đồ thị hiện có</translation>
    </message>
    <message>
        <source>Checking the target server…</source>
        <translation>Đang kiểm tra máy chủ đích…</translation>
    </message>
    <message>
        <source>Check target %1</source>
        <translation>Kiểm tra đích %1</translation>
    </message>
    <message>
        <source>Another job is running; go back and try again when it is done.</source>
        <translation>Một tác vụ khác đang chạy; hãy quay lại và thử lại khi nó xong.</translation>
    </message>
    <message>
        <source>exists: %1 nodes, %2 edges</source>
        <translation>đã có: %1 nút, %2 cạnh</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>The target has none of these graphs: each will be restored under its own name.</source>
        <translation>Đích không có đồ thị nào trong số này: mỗi đồ thị sẽ được khôi phục dưới tên của chính nó.</translation>
    </message>
    <message numerus="yes">
        <source>%n graph(s) already exist on the target and are skipped unless you choose otherwise.</source>
        <translation>
            <numerusform>%n đồ thị đã tồn tại trên đích và sẽ được bỏ qua trừ khi bạn chọn khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>The target cannot be checked: %1</source>
        <translation>Không thể kiểm tra đích: %1</translation>
    </message>
    <message numerus="yes">
        <source>Restoring %n graph(s) into %1…</source>
        <translation>
            <numerusform>Đang khôi phục %n đồ thị vào %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore into %1</source>
        <translation>Khôi phục vào %1</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>bản sao lưu</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>đích</translation>
    </message>
    <message>
        <source>Another job is running; the restore did not start.</source>
        <translation>Một tác vụ khác đang chạy; việc khôi phục chưa bắt đầu.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>The restore was stopped. The graph it had started was deleted again; graphs restored before it are complete and verified.

%1</source>
        <translation>Đã dừng khôi phục. Đồ thị đang khôi phục dở đã bị xóa lại; các đồ thị đã khôi phục trước đó đều hoàn chỉnh và đã được kiểm tra.

%1</translation>
    </message>
    <message>
        <source>The restore failed. Nothing half-restored was left: a graph that could not be finished is deleted again.

%1</source>
        <translation>Khôi phục thất bại. Không để lại gì khôi phục dở: đồ thị không thể hoàn tất sẽ bị xóa lại.

%1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b; font-size:large&apos;&gt;&lt;b&gt;✔ Restore complete and verified.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3b; font-size:large&apos;&gt;&lt;b&gt;✔ Đã khôi phục xong và đã kiểm tra.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020; font-size:large&apos;&gt;&lt;b&gt;✘ The restore did not complete.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020; font-size:large&apos;&gt;&lt;b&gt;✘ Khôi phục không hoàn tất.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Backup package</source>
        <translation>Gói sao lưu</translation>
    </message>
    <message>
        <source>Backup packages (*.zip)</source>
        <translation>Gói sao lưu (*.zip)</translation>
    </message>
    <message>
        <source>What the set holds, what the checks found, and what happens to each graph and collection.</source>
        <translation>Bộ sao lưu chứa gì, kết quả kiểm tra ra sao và điều gì sẽ xảy ra với từng đồ thị và bộ sưu tập.</translation>
    </message>
    <message>
        <source>Collection in set</source>
        <translation>Bộ sưu tập trong bộ sao lưu</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Hàng</translation>
    </message>
    <message>
        <source>In the target Milvus</source>
        <translation>Trong Milvus đích</translation>
    </message>
    <message>
        <source>I understand that &quot;Replace&quot; drops the existing collection in the target Milvus, with all its rows, before restoring.</source>
        <translation>Tôi hiểu rằng &quot;Thay thế&quot; sẽ xóa bộ sưu tập hiện có trong Milvus đích, cùng toàn bộ các hàng của nó, trước khi khôi phục.</translation>
    </message>
    <message>
        <source>Every restored graph was counted and fingerprinted on the target, and every restored collection&apos;s rows counted, and compared with the backup.</source>
        <translation>Mỗi đồ thị đã khôi phục được đếm và lấy dấu vân tay trên đích, các hàng của mỗi bộ sưu tập đã khôi phục được đếm, rồi tất cả được so với bản sao lưu.</translation>
    </message>
    <message>
        <source>– collection %1: skipped, %2 exists in the target Milvus.</source>
        <translation>– bộ sưu tập %1: bỏ qua, %2 đã có trong Milvus đích.</translation>
    </message>
    <message>
        <source>✔ collection %1 → %2: %3 rows expected, %4 rows found.</source>
        <translation>✔ bộ sưu tập %1 → %2: cần %3 hàng, tìm thấy %4 hàng.</translation>
    </message>
    <message>
        <source>✘ collection %1 → %2: %3 rows expected, %4 rows found; it does NOT match the backup.</source>
        <translation>✘ bộ sưu tập %1 → %2: cần %3 hàng, tìm thấy %4 hàng; KHÔNG khớp với bản sao lưu.</translation>
    </message>
    <message>
        <source>Enter a valid new name for the collection %1 (letters, digits and underscores).</source>
        <translation>Nhập tên mới hợp lệ cho bộ sưu tập %1 (chữ cái, chữ số và dấu gạch dưới).</translation>
    </message>
    <message>
        <source>Two collections would be restored as %1.</source>
        <translation>Hai bộ sưu tập sẽ cùng được khôi phục thành %1.</translation>
    </message>
    <message>
        <source>The collection %1 already exists in the target Milvus: skip it, choose another name, or replace it.</source>
        <translation>Bộ sưu tập %1 đã có trong Milvus đích: hãy bỏ qua, chọn tên khác hoặc thay thế nó.</translation>
    </message>
    <message>
        <source>Every graph and collection is skipped: there is nothing to restore.</source>
        <translation>Mọi đồ thị và bộ sưu tập đều bị bỏ qua: không có gì để khôi phục.</translation>
    </message>
    <message>
        <source>Replacing drops the existing collection and its rows first: tick the confirmation to go on.</source>
        <translation>Thay thế sẽ xóa bộ sưu tập hiện có cùng các hàng của nó trước: hãy đánh dấu ô xác nhận để tiếp tục.</translation>
    </message>
    <message numerus="yes">
        <source>Vector collections: milvus-backup backup &quot;%1&quot; from %2, %n collection(s).</source>
        <translation>
            <numerusform>Bộ sưu tập vector: bản sao lưu milvus-backup &quot;%1&quot; từ %2, %n bộ sưu tập.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>Replace (drop the existing collection)</source>
        <translation>Thay thế (xóa bộ sưu tập hiện có)</translation>
    </message>
    <message>
        <source>Checking the target Milvus…</source>
        <translation>Đang kiểm tra Milvus đích…</translation>
    </message>
    <message>
        <source>The target Milvus at %1 cannot be checked, so the collections cannot be restored now: %2</source>
        <translation>Không thể kiểm tra Milvus đích tại %1, nên hiện chưa thể khôi phục các bộ sưu tập: %2</translation>
    </message>
    <message>
        <source>The set holds no graph.</source>
        <translation>Bộ sao lưu không chứa đồ thị nào.</translation>
    </message>
    <message>
        <source>cannot be restored</source>
        <translation>không thể khôi phục</translation>
    </message>
    <message>
        <source>exists: %1 rows</source>
        <translation>đã có: %1 hàng</translation>
    </message>
    <message>
        <source>The collections are skipped; the graphs can still be restored.</source>
        <translation>Các bộ sưu tập bị bỏ qua; vẫn có thể khôi phục các đồ thị.</translation>
    </message>
    <message>
        <source>The collections are skipped.</source>
        <translation>Các bộ sưu tập bị bỏ qua.</translation>
    </message>
    <message>
        <source>The target Milvus at %1 has none of these collections: each will be restored under its own name.</source>
        <translation>Milvus đích tại %1 không có bộ sưu tập nào trong số này: mỗi bộ sưu tập sẽ được khôi phục dưới tên của chính nó.</translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s) already exist in the target Milvus and are skipped unless you choose otherwise.</source>
        <translation>
            <numerusform>%n bộ sưu tập đã có trong Milvus đích và sẽ được bỏ qua trừ khi bạn chọn khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring %1 graph(s) and %2 collection(s) into %3…</source>
        <translation>Đang khôi phục %1 đồ thị và %2 bộ sưu tập vào %3…</translation>
    </message>
    <message>
        <source>The collection that was there before was dropped first.</source>
        <translation>Bộ sưu tập có sẵn trước đó đã bị xóa trước.</translation>
    </message>
    <message>
        <source>The restore was stopped.</source>
        <translation>Đã dừng khôi phục.</translation>
    </message>
    <message>
        <source>The restore failed.</source>
        <translation>Khôi phục thất bại.</translation>
    </message>
    <message>
        <source>A graph it had started was deleted again.</source>
        <translation>Đồ thị đang khôi phục dở đã bị xóa lại.</translation>
    </message>
    <message>
        <source>A graph that could not be finished is deleted again.</source>
        <translation>Đồ thị không thể hoàn tất sẽ bị xóa lại.</translation>
    </message>
    <message>
        <source>For the collections, the message below says what is in the target Milvus and bucket now; when the run stopped during the checks, nothing was changed.</source>
        <translation>Với các bộ sưu tập, thông báo bên dưới cho biết hiện có gì trong Milvus và bucket đích; nếu quá trình dừng trong lúc kiểm tra thì chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>I understand that &quot;Replace&quot; deletes the existing graph on the target once the restored copy is complete and verified; until then the server needs free memory for a second copy of the graph.</source>
        <translation>Tôi hiểu rằng &quot;Thay thế&quot; sẽ xóa đồ thị hiện có trên đích khi bản khôi phục đã hoàn chỉnh và được kiểm tra; cho đến lúc đó máy chủ cần đủ bộ nhớ trống cho bản sao thứ hai của đồ thị.</translation>
    </message>
    <message>
        <source>Rebuild the collections&apos; indexes after the import (recommended: without them the collections cannot be loaded for search)</source>
        <translation>Tạo lại chỉ mục của các bộ sưu tập sau khi nhập (khuyên dùng: thiếu chỉ mục thì không thể nạp các bộ sưu tập để tìm kiếm)</translation>
    </message>
    <message>
        <source>Replacing deletes the existing graph once the restored copy is verified: tick the confirmation to go on.</source>
        <translation>Thay thế sẽ xóa đồ thị hiện có khi bản khôi phục đã được kiểm tra: hãy đánh dấu ô xác nhận để tiếp tục.</translation>
    </message>
    <message>
        <source>Compare &amp;contents with the target</source>
        <translation>So sánh &amp;nội dung với đích</translation>
    </message>
    <message>
        <source>Reads the target&apos;s graphs and collections and compares them with the set, entity by entity. Nothing is written.</source>
        <translation>Đọc các đồ thị và bộ sưu tập trên đích rồi so sánh với bộ sao lưu, từng thực thể một. Không ghi gì cả.</translation>
    </message>
    <message>
        <source>Compare %1 with %2</source>
        <translation>So sánh %1 với %2</translation>
    </message>
    <message>
        <source>Another job is running; wait for it or cancel it first.</source>
        <translation>Một tác vụ khác đang chạy; hãy chờ nó xong hoặc hủy nó trước.</translation>
    </message>
    <message>
        <source>Comparing the set with %1…</source>
        <translation>Đang so sánh bộ sao lưu với %1…</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>So sánh thất bại: %1</translation>
    </message>
</context>
<context>
    <name>SecretKind</name>
    <message>
        <source>FalkorDB password</source>
        <translation>mật khẩu FalkorDB</translation>
    </message>
    <message>
        <source>S3 secret access key</source>
        <translation>khóa bí mật S3</translation>
    </message>
    <message>
        <source>Milvus token</source>
        <translation>token Milvus</translation>
    </message>
</context>
<context>
    <name>SecretResolver</name>
    <message>
        <source>The %1 of profile &quot;%2&quot; is not in the system keychain.</source>
        <translation>Không có %1 của hồ sơ kết nối &quot;%2&quot; trong keychain của hệ thống.</translation>
    </message>
    <message>
        <source>The system keychain is not used here.</source>
        <translation>Ở đây không dùng keychain của hệ thống.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; asks for its %2 every time.</source>
        <translation>Hồ sơ kết nối &quot;%1&quot; hỏi %2 mỗi lần.</translation>
    </message>
    <message>
        <source>No %1 was entered for profile &quot;%2&quot;.</source>
        <translation>Chưa nhập %1 cho hồ sơ kết nối &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The %1 for profile &quot;%2&quot; is needed but was not given.</source>
        <translation>Cần %1 cho hồ sơ kết nối &quot;%2&quot; nhưng chưa được cung cấp.</translation>
    </message>
    <message>
        <source>Set the environment variable %1, or store the secret in the profile.</source>
        <translation>Hãy đặt biến môi trường %1, hoặc lưu bí mật trong hồ sơ kết nối.</translation>
    </message>
</context>
<context>
    <name>ServerErrorClassifier</name>
    <message>
        <source>The server said: %1</source>
        <translation>Máy chủ báo: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>The server requires a password for %1.</source>
        <translation>Máy chủ yêu cầu mật khẩu cho %1.</translation>
    </message>
    <message>
        <source>Put the password in the URL (redis://:password@host:port) or check the password or FALKORDB_PASSWORD.</source>
        <translation>Hãy đặt mật khẩu vào URL (redis://:password@host:port) hoặc kiểm tra mật khẩu hay FALKORDB_PASSWORD.</translation>
    </message>
    <message>
        <source>The server rejected the user name or password.</source>
        <translation>Máy chủ đã từ chối tên người dùng hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>Check the user name and the password or FALKORDB_PASSWORD.</source>
        <translation>Hãy kiểm tra tên người dùng và mật khẩu hoặc FALKORDB_PASSWORD.</translation>
    </message>
    <message>
        <source>This user is not allowed to run %1.</source>
        <translation>Người dùng này không được phép chạy %1.</translation>
    </message>
    <message>
        <source>Grant the user the GRAPH.* commands it needs (see the ACL rules in the manual) or connect as another user.</source>
        <translation>Hãy cấp cho người dùng các lệnh GRAPH.* cần thiết (xem các quy tắc ACL trong tài liệu hướng dẫn) hoặc kết nối bằng người dùng khác.</translation>
    </message>
    <message>
        <source>This Redis server has no FalkorDB graph module.</source>
        <translation>Máy chủ Redis này không có module đồ thị FalkorDB.</translation>
    </message>
    <message>
        <source>Connect to a FalkorDB server, or load the module (loadmodule falkordb.so).</source>
        <translation>Hãy kết nối tới một máy chủ FalkorDB, hoặc nạp module (loadmodule falkordb.so).</translation>
    </message>
    <message>
        <source>The graph &apos;%1&apos; does not exist on this server.</source>
        <translation>Đồ thị &apos;%1&apos; không tồn tại trên máy chủ này.</translation>
    </message>
    <message>
        <source>Check the graph name; GRAPH.LIST shows the graphs that exist.</source>
        <translation>Hãy kiểm tra tên đồ thị; GRAPH.LIST cho biết các đồ thị đang có.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; exists but is not a graph.</source>
        <translation>Khóa &apos;%1&apos; tồn tại nhưng không phải là đồ thị.</translation>
    </message>
    <message>
        <source>Choose another graph name.</source>
        <translation>Hãy chọn tên đồ thị khác.</translation>
    </message>
    <message>
        <source>The server stopped %1 because it took too long (Query timed out).</source>
        <translation>Máy chủ đã dừng %1 vì mất quá nhiều thời gian (Query timed out).</translation>
    </message>
    <message>
        <source>Raise the server&apos;s TIMEOUT/TIMEOUT_MAX (GRAPH.CONFIG SET) or use smaller pages.</source>
        <translation>Hãy tăng TIMEOUT/TIMEOUT_MAX của máy chủ (GRAPH.CONFIG SET) hoặc dùng trang nhỏ hơn.</translation>
    </message>
    <message>
        <source>The query needed more memory than the server allows (QUERY_MEM_CAPACITY).</source>
        <translation>Truy vấn cần nhiều bộ nhớ hơn mức máy chủ cho phép (QUERY_MEM_CAPACITY).</translation>
    </message>
    <message>
        <source>Use smaller pages or raise QUERY_MEM_CAPACITY.</source>
        <translation>Hãy dùng trang nhỏ hơn hoặc tăng QUERY_MEM_CAPACITY.</translation>
    </message>
    <message>
        <source>The server is out of memory (maxmemory reached).</source>
        <translation>Máy chủ đã hết bộ nhớ (đạt tới maxmemory).</translation>
    </message>
    <message>
        <source>Free memory on the server or raise maxmemory, then try again.</source>
        <translation>Hãy giải phóng bộ nhớ trên máy chủ hoặc tăng maxmemory, rồi thử lại.</translation>
    </message>
    <message>
        <source>The server is too busy: its query queue is full.</source>
        <translation>Máy chủ đang quá bận: hàng đợi truy vấn đã đầy.</translation>
    </message>
    <message>
        <source>Run fewer jobs at once, raise MAX_QUEUED_QUERIES, or try again later.</source>
        <translation>Hãy chạy ít tác vụ cùng lúc hơn, tăng MAX_QUEUED_QUERIES, hoặc thử lại sau.</translation>
    </message>
    <message>
        <source>The server is still loading its data from disk.</source>
        <translation>Máy chủ vẫn đang nạp dữ liệu từ đĩa.</translation>
    </message>
    <message>
        <source>Wait until loading has finished, then try again.</source>
        <translation>Hãy chờ nạp xong rồi thử lại.</translation>
    </message>
    <message>
        <source>The server is a replica that is still synchronising.</source>
        <translation>Máy chủ là một bản sao (replica) vẫn đang đồng bộ.</translation>
    </message>
    <message>
        <source>Wait for replication to finish or connect to the primary.</source>
        <translation>Hãy chờ đồng bộ xong hoặc kết nối tới máy chủ chính.</translation>
    </message>
    <message>
        <source>The server is a read-only replica and cannot run %1.</source>
        <translation>Máy chủ là một bản sao (replica) chỉ đọc và không thể chạy %1.</translation>
    </message>
    <message>
        <source>Connect to the primary server.</source>
        <translation>Hãy kết nối tới máy chủ chính.</translation>
    </message>
    <message>
        <source>The server is busy running a script.</source>
        <translation>Máy chủ đang bận chạy một script.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Hãy thử lại sau.</translation>
    </message>
    <message>
        <source>The server rejected %1.</source>
        <translation>Máy chủ đã từ chối %1.</translation>
    </message>
    <message>
        <source>The server does not know this configuration field.</source>
        <translation>Máy chủ không biết trường cấu hình này.</translation>
    </message>
    <message>
        <source>The field may not exist in this FalkorDB version.</source>
        <translation>Trường này có thể không tồn tại trong phiên bản FalkorDB này.</translation>
    </message>
    <message>
        <source>%1 failed because the target already exists.</source>
        <translation>%1 thất bại vì đích đã tồn tại.</translation>
    </message>
    <message>
        <source>Choose another name or delete the existing one first.</source>
        <translation>Hãy chọn tên khác hoặc xóa cái đã có trước.</translation>
    </message>
    <message>
        <source>The server refused %1.</source>
        <translation>Máy chủ đã từ chối %1.</translation>
    </message>
</context>
<context>
    <name>TargetDiffSummary</name>
    <message>
        <source>%1 only on the target, %2 only in the backup, %3 different</source>
        <translation>%1 chỉ có trên đích, %2 chỉ có trong bản sao lưu, %3 khác nhau</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>graph %1: not on the target</source>
        <translation>đồ thị %1: không có trên đích</translation>
    </message>
    <message>
        <source>graph %1: identical to the backup (%2 nodes, %3 edges)</source>
        <translation>đồ thị %1: giống hệt bản sao lưu (%2 nút, %3 cạnh)</translation>
    </message>
    <message>
        <source>graph %1: differs — the backup has %2 nodes and %3 edges, the target %4 and %5</source>
        <translation>đồ thị %1: khác — bản sao lưu có %2 nút và %3 cạnh, đích có %4 và %5</translation>
    </message>
    <message>
        <source>nodes: %1</source>
        <translation>nút: %1</translation>
    </message>
    <message>
        <source>edges: %1</source>
        <translation>cạnh: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n schema or property difference(s)</source>
        <translation>
            <numerusform>%n khác biệt về lược đồ hoặc thuộc tính</numerusform>
        </translation>
    </message>
    <message>
        <source>collection %1: not in the target Milvus</source>
        <translation>bộ sưu tập %1: không có trong Milvus đích</translation>
    </message>
    <message>
        <source>collection %1: identical to the backup (%2 rows)</source>
        <translation>bộ sưu tập %1: giống hệt bản sao lưu (%2 hàng)</translation>
    </message>
    <message>
        <source>collection %1: differs — %2</source>
        <translation>bộ sưu tập %1: khác — %2</translation>
    </message>
    <message>
        <source>Nothing to compare: the set holds nothing the target profile has a server for.</source>
        <translation>Không có gì để so sánh: bộ sao lưu không chứa thứ gì mà hồ sơ đích có máy chủ tương ứng.</translation>
    </message>
</context>
<context>
    <name>VectorBackup</name>
    <message>
        <source>Milvus at %1 has no collections in %2.</source>
        <translation>Milvus tại %1 không có bộ sưu tập nào trong %2.</translation>
    </message>
    <message>
        <source>Check --milvus and the database names.</source>
        <translation>Hãy kiểm tra --milvus và tên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Milvus at %1 has no collection %2.</source>
        <translation>Milvus tại %1 không có bộ sưu tập %2.</translation>
    </message>
    <message>
        <source>Collections there: %1</source>
        <translation>Các bộ sưu tập ở đó: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>milvus-backup may still be writing %1; it was left as it is.</source>
        <translation>milvus-backup có thể vẫn đang ghi %1; nó được giữ nguyên.</translation>
    </message>
    <message>
        <source>Nothing was left in %1.</source>
        <translation>Không để lại gì trong %1.</translation>
    </message>
    <message>
        <source>%1 holds a backup_meta.json; it was left as it is.</source>
        <translation>%1 có chứa backup_meta.json; nó được giữ nguyên.</translation>
    </message>
    <message>
        <source>The %1 partial object(s) the failed backup left in %2 were removed.</source>
        <translation>Đã xóa %1 đối tượng dang dở mà lần sao lưu thất bại để lại trong %2.</translation>
    </message>
    <message>
        <source>The failed backup&apos;s partial folder %1 could not be removed (%2); delete it by hand.</source>
        <translation>Không xóa được thư mục dang dở %1 của lần sao lưu thất bại (%2); hãy xóa nó bằng tay.</translation>
    </message>
    <message>
        <source>Checking milvus-backup at %1, its bucket %2 and Milvus at %3 ...</source>
        <translation>Đang kiểm tra milvus-backup tại %1, bucket %2 của nó và Milvus tại %3 ...</translation>
    </message>
    <message>
        <source>The bucket %1 does not exist on %2.</source>
        <translation>Bucket %1 không tồn tại trên %2.</translation>
    </message>
    <message>
        <source>Give milvus-backup&apos;s backup bucket (minio.backupBucketName in its backup.yaml).</source>
        <translation>Hãy chỉ định bucket sao lưu của milvus-backup (minio.backupBucketName trong backup.yaml của nó).</translation>
    </message>
    <message>
        <source>%1 already holds a backup named &quot;%2&quot;.</source>
        <translation>%1 đã chứa một bản sao lưu tên &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Choose another --backup-name; milvus-backup refuses to write into a used folder.</source>
        <translation>Hãy chọn --backup-name khác; milvus-backup từ chối ghi vào một thư mục đã được dùng.</translation>
    </message>
    <message>
        <source>Counting rows of %1 collection(s) ...</source>
        <translation>Đang đếm hàng của %1 bộ sưu tập ...</translation>
    </message>
    <message>
        <source>count rows</source>
        <translation>đếm hàng</translation>
    </message>
    <message>
        <source>milvus-backup is backing up %1 as &quot;%2&quot; ...</source>
        <translation>milvus-backup đang sao lưu %1 thành &quot;%2&quot; ...</translation>
    </message>
    <message>
        <source>The backup task may still finish on the server; its folder would then be %1.</source>
        <translation>Tác vụ sao lưu vẫn có thể hoàn tất trên máy chủ; khi đó thư mục của nó sẽ là %1.</translation>
    </message>
    <message>
        <source>Nothing was changed in %1.</source>
        <translation>Chưa có gì bị thay đổi trong %1.</translation>
    </message>
    <message>
        <source>Downloading %1 into %2 ...</source>
        <translation>Đang tải %1 xuống %2 ...</translation>
    </message>
    <message>
        <source>The milvus-backup backup &quot;%1&quot; stays complete in %2.</source>
        <translation>Bản sao lưu milvus-backup &quot;%1&quot; vẫn còn nguyên vẹn trong %2.</translation>
    </message>
    <message>
        <source>The folder %1 has no meta/backup_meta.json after milvus-backup reported success.</source>
        <translation>Thư mục %1 không có meta/backup_meta.json dù milvus-backup đã báo thành công.</translation>
    </message>
    <message>
        <source>The backup is not usable; check milvus-backup&apos;s log.</source>
        <translation>Bản sao lưu không dùng được; hãy xem nhật ký của milvus-backup.</translation>
    </message>
    <message>
        <source>recount rows</source>
        <translation>đếm lại hàng</translation>
    </message>
    <message>
        <source>%1 changed while it was backed up (%2 rows before, %3 after); the backup holds one state in between and records %2.</source>
        <translation>%1 đã thay đổi trong khi sao lưu (%2 hàng trước, %3 hàng sau); bản sao lưu giữ một trạng thái ở giữa và ghi nhận %2.</translation>
    </message>
    <message>
        <source>Vector backup &quot;%1&quot;: %2 collection(s), %3 files, %4 bytes.</source>
        <translation>Bản sao lưu vector &quot;%1&quot;: %2 bộ sưu tập, %3 tệp, %4 byte.</translation>
    </message>
</context>
<context>
    <name>VectorRestore</name>
    <message>
        <source>The backup set %1 holds no vector component.</source>
        <translation>Bộ sao lưu %1 không có thành phần vector.</translation>
    </message>
    <message>
        <source>Restore only its other components (--components).</source>
        <translation>Hãy chỉ khôi phục các thành phần khác của nó (--components).</translation>
    </message>
    <message>
        <source>Dropping existing collections deletes their data; it needs confirmation.</source>
        <translation>Xóa các bộ sưu tập hiện có sẽ xóa dữ liệu của chúng; việc này cần xác nhận.</translation>
    </message>
    <message>
        <source>Add --yes to confirm --on-existing-collection drop.</source>
        <translation>Hãy thêm --yes để xác nhận --on-existing-collection drop.</translation>
    </message>
    <message>
        <source>The set&apos;s vector folder %1 has no %2.</source>
        <translation>Thư mục vector %1 của bộ sao lưu không có %2.</translation>
    </message>
    <message>
        <source>Nothing was restored. Use another copy of the set.</source>
        <translation>Chưa khôi phục gì cả. Hãy dùng một bản sao khác của bộ sao lưu.</translation>
    </message>
    <message>
        <source>The backup set has no collection %1.</source>
        <translation>Bộ sao lưu không có bộ sưu tập %1.</translation>
    </message>
    <message>
        <source>It holds: %1</source>
        <translation>Nó chứa: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid target collection name.</source>
        <translation>&quot;%1&quot; không phải là tên bộ sưu tập đích hợp lệ.</translation>
    </message>
    <message>
        <source>Two collections would be restored into %1.</source>
        <translation>Hai bộ sưu tập sẽ cùng được khôi phục vào %1.</translation>
    </message>
    <message>
        <source>Give each a different name (--collection-suffix or renames).</source>
        <translation>Hãy đặt cho mỗi bộ sưu tập một tên khác nhau (--collection-suffix hoặc đổi tên).</translation>
    </message>
    <message>
        <source>Checking milvus-backup at %1, its bucket %2 and Milvus at %3 ...</source>
        <translation>Đang kiểm tra milvus-backup tại %1, bucket %2 của nó và Milvus tại %3 ...</translation>
    </message>
    <message>
        <source>%1 already holds a backup named &quot;%2&quot;.</source>
        <translation>%1 đã chứa một bản sao lưu tên &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose --on-existing-backup reuse (use it if it is identical to the set&apos;s copy) or rename (upload under a new name).</source>
        <translation>Chưa có gì bị thay đổi. Hãy chọn --on-existing-backup reuse (dùng lại nếu nó giống hệt bản trong bộ sao lưu) hoặc rename (tải lên dưới tên mới).</translation>
    </message>
    <message>
        <source>%1 holds a backup named &quot;%2&quot; that differs from the set&apos;s copy: %3</source>
        <translation>%1 chứa một bản sao lưu tên &quot;%2&quot; khác với bản trong bộ sao lưu: %3</translation>
    </message>
    <message>
        <source>Nothing was changed. Use --on-existing-backup rename, or delete that backup first.</source>
        <translation>Chưa có gì bị thay đổi. Hãy dùng --on-existing-backup rename, hoặc xóa bản sao lưu đó trước.</translation>
    </message>
    <message>
        <source>%1 is identical to the set&apos;s copy; reusing it.</source>
        <translation>%1 giống hệt bản trong bộ sao lưu; dùng lại nó.</translation>
    </message>
    <message>
        <source>No free name for backup &quot;%1&quot; in %2.</source>
        <translation>Không còn tên trống cho bản sao lưu &quot;%1&quot; trong %2.</translation>
    </message>
    <message>
        <source>A backup named &quot;%1&quot; already exists in the target bucket; uploading as &quot;%2&quot;.</source>
        <translation>Bucket đích đã có một bản sao lưu tên &quot;%1&quot;; tải lên dưới tên &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 exists in the target Milvus; skipped (not restored).</source>
        <translation>%1 đã có trong Milvus đích; bỏ qua (không khôi phục).</translation>
    </message>
    <message>
        <source>%1 exists in the target Milvus; it is dropped and restored from the backup.</source>
        <translation>%1 đã có trong Milvus đích; nó bị xóa và được khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>No free name for %1 in the target Milvus.</source>
        <translation>Không còn tên trống cho %1 trong Milvus đích.</translation>
    </message>
    <message>
        <source>%1 exists in the target Milvus; %2 is restored as %3.</source>
        <translation>%1 đã có trong Milvus đích; %2 được khôi phục thành %3.</translation>
    </message>
    <message>
        <source>These collections already exist in the target Milvus: %1.</source>
        <translation>Các bộ sưu tập này đã có trong Milvus đích: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose --on-existing-collection skip (leave them, restore the others), rename (restore under &lt;name&gt;%1), or drop (delete them and restore; needs --yes); or restore with --collection-suffix.</source>
        <translation>Chưa có gì bị thay đổi. Hãy chọn --on-existing-collection skip (giữ nguyên chúng, khôi phục các bộ sưu tập khác), rename (khôi phục dưới tên &lt;name&gt;%1), hoặc drop (xóa chúng rồi khôi phục; cần --yes); hoặc khôi phục với --collection-suffix.</translation>
    </message>
    <message>
        <source>%1 is missing there</source>
        <translation>%1 không có ở đó</translation>
    </message>
    <message>
        <source>%1 has %2 bytes there, %3 in the set</source>
        <translation>%1 có %2 byte ở đó, %3 trong bộ sao lưu</translation>
    </message>
    <message>
        <source>%1 has other content there (MD5 differs)</source>
        <translation>%1 có nội dung khác ở đó (MD5 khác)</translation>
    </message>
    <message>
        <source>it holds %1 objects, the set %2</source>
        <translation>nó chứa %1 đối tượng, bộ sao lưu chứa %2</translation>
    </message>
    <message>
        <source>The partial upload was removed from %1 (%2 object(s)); the target bucket is as before.</source>
        <translation>Đã xóa phần tải lên dang dở khỏi %1 (%2 đối tượng); bucket đích vẫn như trước.</translation>
    </message>
    <message>
        <source>The partial upload in %1 could not be removed (%2); delete that folder by hand before retrying.</source>
        <translation>Không xóa được phần tải lên dang dở trong %1 (%2); hãy xóa thư mục đó bằng tay trước khi thử lại.</translation>
    </message>
    <message>
        <source>%1 was not created</source>
        <translation>%1 chưa được tạo</translation>
    </message>
    <message>
        <source>%1 exists with %2 rows</source>
        <translation>%1 đã có với %2 hàng</translation>
    </message>
    <message>
        <source>%1: unknown (%2)</source>
        <translation>%1: không rõ (%2)</translation>
    </message>
    <message>
        <source>Target Milvus now: %1.</source>
        <translation>Milvus đích hiện tại: %1.</translation>
    </message>
    <message>
        <source>Every selected collection exists in the target and was skipped; nothing was restored.</source>
        <translation>Mọi bộ sưu tập được chọn đều đã có trên đích và đã bị bỏ qua; chưa khôi phục gì cả.</translation>
    </message>
    <message>
        <source>Uploading the backup folder to %1 (backup_meta.json last) ...</source>
        <translation>Đang tải thư mục sao lưu lên %1 (backup_meta.json sau cùng) ...</translation>
    </message>
    <message>
        <source>milvus-backup at %1 does not list the backup &quot;%2&quot; uploaded to %3.</source>
        <translation>milvus-backup tại %1 không liệt kê bản sao lưu &quot;%2&quot; đã tải lên %3.</translation>
    </message>
    <message>
        <source>--s3/--s3-bucket/--s3-root must be milvus-backup&apos;s backup storage (minio.backupAddress, backupBucketName, backupRootPath in its backup.yaml). %1</source>
        <translation>--s3/--s3-bucket/--s3-root phải là kho sao lưu của milvus-backup (minio.backupAddress, backupBucketName, backupRootPath trong backup.yaml của nó). %1</translation>
    </message>
    <message>
        <source>milvus-backup is restoring &quot;%1&quot; into %2 ...</source>
        <translation>milvus-backup đang khôi phục &quot;%1&quot; vào %2 ...</translation>
    </message>
    <message>
        <source>The complete backup folder stays in %1 (restore again with --on-existing-backup reuse, and --on-existing-collection drop --yes for the collections listed as existing).</source>
        <translation>Thư mục sao lưu hoàn chỉnh vẫn nằm trong %1 (hãy khôi phục lại với --on-existing-backup reuse, và --on-existing-collection drop --yes cho các bộ sưu tập được báo là đã có).</translation>
    </message>
    <message>
        <source>Comparing row counts ...</source>
        <translation>Đang so sánh số hàng ...</translation>
    </message>
    <message>
        <source>%1: the set records no row count; %2 rows restored.</source>
        <translation>%1: bộ sao lưu không ghi nhận số hàng; đã khôi phục %2 hàng.</translation>
    </message>
    <message>
        <source>%1: %2 rows in the backup, %3 in %4</source>
        <translation>%1: %2 hàng trong bản sao lưu, %3 trong %4</translation>
    </message>
    <message>
        <source>%1: %2 rows, equal to the backup.</source>
        <translation>%1: %2 hàng, bằng với bản sao lưu.</translation>
    </message>
    <message>
        <source>compare rows</source>
        <translation>so sánh hàng</translation>
    </message>
    <message>
        <source>The restored collections do not hold the backup&apos;s rows: %1.</source>
        <translation>Các bộ sưu tập đã khôi phục không chứa đúng các hàng của bản sao lưu: %1.</translation>
    </message>
    <message>
        <source>Do not use them as a faithful copy. The backup folder stays in %1.</source>
        <translation>Đừng dùng chúng như một bản sao trung thực. Thư mục sao lưu vẫn nằm trong %1.</translation>
    </message>
    <message>
        <source>milvus-backup is dropping and restoring %1 from &quot;%2&quot; ...</source>
        <translation>milvus-backup đang xóa rồi khôi phục %1 từ &quot;%2&quot; ...</translation>
    </message>
</context>
<context>
    <name>VectorServers</name>
    <message>
        <source>No milvus-backup server was given for the vector component.</source>
        <translation>Chưa chỉ định máy chủ milvus-backup cho thành phần vector.</translation>
    </message>
    <message>
        <source>Give --milvus-backup URL, e.g. http://localhost:8080.</source>
        <translation>Hãy chỉ định --milvus-backup URL, ví dụ http://localhost:8080.</translation>
    </message>
    <message>
        <source>The vector component needs milvus-backup&apos;s backup bucket (S3/MinIO endpoint and bucket).</source>
        <translation>Thành phần vector cần bucket sao lưu của milvus-backup (endpoint S3/MinIO và bucket).</translation>
    </message>
    <message>
        <source>Give --s3 URL --s3-bucket BUCKET --s3-root PATH as in milvus-backup&apos;s backup.yaml (minio.backupAddress, backupBucketName, backupRootPath).</source>
        <translation>Hãy chỉ định --s3 URL --s3-bucket BUCKET --s3-root PATH giống như trong backup.yaml của milvus-backup (minio.backupAddress, backupBucketName, backupRootPath).</translation>
    </message>
    <message>
        <source>The S3 access key or secret key is not set.</source>
        <translation>Chưa đặt access key hoặc secret key của S3.</translation>
    </message>
    <message>
        <source>Set S3_ACCESS_KEY and S3_SECRET_KEY in the environment.</source>
        <translation>Hãy đặt S3_ACCESS_KEY và S3_SECRET_KEY trong biến môi trường.</translation>
    </message>
    <message>
        <source>No Milvus server was given for the row counts.</source>
        <translation>Chưa chỉ định máy chủ Milvus để đếm hàng.</translation>
    </message>
    <message>
        <source>Give --milvus URL (Milvus REST API, e.g. http://localhost:19530); the token comes from MILVUS_TOKEN.</source>
        <translation>Hãy chỉ định --milvus URL (Milvus REST API, ví dụ http://localhost:19530); token lấy từ MILVUS_TOKEN.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a collection name.</source>
        <translation>&quot;%1&quot; không phải là tên bộ sưu tập.</translation>
    </message>
    <message>
        <source>Use COLLECTION (database &quot;default&quot;) or DATABASE.COLLECTION.</source>
        <translation>Hãy dùng COLLECTION (cơ sở dữ liệu &quot;default&quot;) hoặc DATABASE.COLLECTION.</translation>
    </message>
</context>
<context>
    <name>VectorSetInfo</name>
    <message>
        <source>vector.json has format version %1; this program reads version %2.</source>
        <translation>vector.json có phiên bản định dạng %1; chương trình này đọc phiên bản %2.</translation>
    </message>
    <message>
        <source>Use a newer BrandMind Backup for this set.</source>
        <translation>Hãy dùng BrandMind Backup mới hơn cho bộ sao lưu này.</translation>
    </message>
    <message>
        <source>vector.json names no backup or folder.</source>
        <translation>vector.json không ghi bản sao lưu hay thư mục nào.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 không phải là JSON hợp lệ: %2</translation>
    </message>
</context>
<context>
    <name>VectorVerify</name>
    <message>
        <source>the set holds no vector component to compare with %1</source>
        <translation>bộ sao lưu không có thành phần vector để so sánh với %1</translation>
    </message>
    <message>
        <source>vector.json names backup %1 in %2, the manifest %3 in %4</source>
        <translation>vector.json ghi bản sao lưu %1 trong %2, manifest ghi %3 trong %4</translation>
    </message>
    <message>
        <source>vector.json and manifest.json disagree about %1</source>
        <translation>vector.json và manifest.json không thống nhất về %1</translation>
    </message>
    <message>
        <source>vector.json lists %1 collections, manifest.json %2</source>
        <translation>vector.json liệt kê %1 bộ sưu tập, manifest.json liệt kê %2</translation>
    </message>
    <message>
        <source>vector.json: %1</source>
        <translation>vector.json: %1</translation>
    </message>
    <message>
        <source>%1 has no meta/backup_meta.json</source>
        <translation>%1 không có meta/backup_meta.json</translation>
    </message>
    <message>
        <source>%1/meta/full_meta.json does not hold %2</source>
        <translation>%1/meta/full_meta.json không chứa %2</translation>
    </message>
    <message>
        <source>the collection %1 does not exist in Milvus</source>
        <translation>bộ sưu tập %1 không tồn tại trong Milvus</translation>
    </message>
    <message>
        <source>%1 rows in the backup, %2 in %3</source>
        <translation>%1 hàng trong bản sao lưu, %2 trong %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Back up, move and restore FalkorDB graphs and Milvus collections.</source>
        <translation>Sao lưu, di chuyển và khôi phục đồ thị FalkorDB và bộ sưu tập Milvus.</translation>
    </message>
</context>
</TS>
