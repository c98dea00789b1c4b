<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AppServices</name>
    <message>
        <source>%1 for the profile &quot;%2&quot;:</source>
        <translation>%1 cho hồ sơ kết nối &quot;%2&quot;:</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Cần mật khẩu</translation>
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
        <source>Vector collections are backed up through milvus-backup; this part of the backup is not available in this version yet. Graphs are backed up in full.</source>
        <translation>Bộ sưu tập vector được sao lưu qua milvus-backup; phần sao lưu này chưa có trong phiên bản này. Các đồ thị được sao lưu đầy đủ.</translation>
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
        <translation>Sau khi sao lưu, ghi thêm ghi thêm &lt;set name&gt;.ziplt;tên bộ sao lưughi thêm &lt;set name&gt;.zipgt;.zip cạnh thư mục bộ sao lưu: một tệp duy nhất mà khôi phục và kiểm tra chấp nhận nguyên như vậy. Mỗi tệp được đối chiếu với mã kiểm tra của nó trong quá trình ghi.</translation>
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
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>The profile names no server: enter at least the FalkorDB URL.</source>
        <translation>Hồ sơ kết nối chưa có máy chủ nào: hãy nhập ít nhất URL FalkorDB.</translation>
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
        <source>BrandMind Backups</source>
        <translation>Các bản sao lưu BrandMind</translation>
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
        <source>What the set holds, what the checks found, and what happens to each graph.</source>
        <translation>Bộ sao lưu chứa gì, kết quả kiểm tra ra sao và điều gì sẽ xảy ra với từng đồ thị.</translation>
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
        <source>I understand that &quot;Replace&quot; deletes the existing graph on the target before restoring.</source>
        <translation>Tôi hiểu rằng &quot;Thay thế&quot; sẽ xóa đồ thị hiện có trên đích trước khi khôi phục.</translation>
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
        <source>Every restored graph was counted and fingerprinted on the target and compared with the backup.</source>
        <translation>Mỗi đồ thị đã khôi phục được đếm và lấy dấu vân tay trên đích, rồi so với bản sao lưu.</translation>
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
        <source>Replacing deletes the existing graph first: tick the confirmation to go on.</source>
        <translation>Thay thế sẽ xóa đồ thị hiện có trước: hãy đánh dấu ô xác nhận để tiếp tục.</translation>
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
        <source>The set also holds vector collections; restoring them is not available in this version, only the graphs are restored.</source>
        <translation>Bộ sao lưu này cũng chứa bộ sưu tập vector; việc khôi phục chúng chưa có trong phiên bản này, chỉ các đồ thị được khôi phục.</translation>
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
</context>
</TS>
