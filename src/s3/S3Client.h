#pragma once

#include "S3Endpoint.h"
#include "S3Signer.h"
#include "S3Types.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QIODevice;
class S3RequestExecutor;
class TaskContext;

// A synchronous S3 client for worker threads: each call runs a local event loop until the reply is
// complete, checks the TaskContext for cancellation every tick, aborts a transfer when no byte moved
// for stallTimeoutMs, and retries 5xx/SlowDown/timeouts/dropped connections with exponential backoff.
// Path-style addressing, SigV4 header auth. One instance belongs to one thread (its
// QNetworkAccessManager does); parallel transfers use one client per worker.
class S3Client
{
public:
    struct Options
    {
        int maxAttempts = 5;                        // per request, including the first
        int initialBackoffMs = 200;                 // doubled per retry, with jitter
        int maxBackoffMs = 10'000;
        int stallTimeoutMs = 60'000;                // no byte sent or received for this long: abort
        qint64 multipartThreshold = 64LL << 20;     // files this big or bigger go multipart
        qint64 partSize = 16LL << 20;               // multipart part size (S3 minimum 5 MiB but the last)
        bool syncToDisk = true;                     // fsync a downloaded file before renaming it
        bool sendIfMatch = true;                    // ranged resumes carry If-Match: <etag>
    };

    // Called with the number of new bytes moved (may be negative when a retry rewinds).
    using BytesCallback = std::function<void(qint64 delta)>;

    struct DownloadResult
    {
        qint64 size = 0;
        QByteArray sha256;      // hex, of the whole file
        QByteArray md5;         // hex, of the whole file
        QByteArray etag;
        qint64 resumedFrom = 0; // bytes reused from an earlier .part file
        int attempts = 0;
    };

    struct UploadResult
    {
        qint64 size = 0;
        QByteArray sha256;
        QByteArray md5;
        QByteArray etag;
        int parts = 0;          // 0: single PUT
    };

    enum class AbortOutcome { Aborted, NotSupported, Failed };

    explicit S3Client(S3Endpoint endpoint, QNetworkAccessManager *network = nullptr);
    ~S3Client();
    S3Client(const S3Client &) = delete;
    S3Client &operator=(const S3Client &) = delete;

    // Appended to a download's destination until the file is whole and verified.
    static QString partialSuffix() { return QStringLiteral(".bmb-partial"); }

    const S3Endpoint &endpoint() const { return m_endpoint; }
    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    // For tests of RequestTimeTooSkewed and signatures: the clock the signer uses.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Bucket level.
    bool bucketExists(TaskContext *context = nullptr);
    void createBucket(TaskContext *context = nullptr);   // succeeds when the bucket is already ours

    // Listing. listObjects follows continuation tokens until the end.
    S3ListPage listObjectsPage(const QString &prefix, const QString &continuationToken = {},
                               const QString &delimiter = {}, int maxKeys = 1000, TaskContext *context = nullptr);
    QList<S3ObjectInfo> listObjects(const QString &prefix, TaskContext *context = nullptr);
    QStringList listCommonPrefixes(const QString &prefix, TaskContext *context = nullptr);

    // Absent objects give std::nullopt; other failures throw.
    std::optional<S3ObjectInfo> headObject(const QString &key, TaskContext *context = nullptr);

    // Streams the object into "<destination>.bmb-partial" and renames it to destination only when it
    // is whole and its size (and MD5, when the ETag is one) match. An existing partial file is resumed
    // with a ranged GET. expectedSize < 0: unknown. expectedEtag: for If-Match and the MD5 check.
    DownloadResult getObjectToFile(const QString &key, const QString &destination, qint64 expectedSize = -1,
                                   const QByteArray &expectedEtag = {}, TaskContext *context = nullptr,
                                   const BytesCallback &onBytes = {});
    // Bytes [from, to] (to < 0: to the end) into memory; for small reads.
    QByteArray getObjectRange(const QString &key, qint64 from, qint64 to = -1, TaskContext *context = nullptr);

    // Single PUT (with Content-MD5) below multipartThreshold, multipart above. The file is streamed
    // from disk, never loaded whole.
    UploadResult putObjectFromFile(const QString &key, const QString &path, TaskContext *context = nullptr,
                                   const BytesCallback &onBytes = {});
    QByteArray putObjectData(const QString &key, const QByteArray &data, TaskContext *context = nullptr);

    void deleteObject(const QString &key, TaskContext *context = nullptr);
    // Batches of 1000 (POST ?delete); throws when the server reports keys it could not delete.
    void deleteObjects(const QStringList &keys, TaskContext *context = nullptr);

    // Multipart primitives (putObjectFromFile uses them; public for tests and resumable uploads).
    QString createMultipartUpload(const QString &key, TaskContext *context = nullptr);
    QByteArray uploadPart(const QString &key, const QString &uploadId, int partNumber, const QString &path,
                          qint64 offset, qint64 length, TaskContext *context = nullptr,
                          const BytesCallback &onBytes = {});
    QByteArray completeMultipartUpload(const QString &key, const QString &uploadId, const QList<QByteArray> &partEtags,
                                       TaskContext *context = nullptr);
    // Never throws: s3rver answers 405 to Abort, which is reported (log + NotSupported), not raised.
    AbortOutcome abortMultipartUpload(const QString &key, const QString &uploadId, TaskContext *context = nullptr);

private:
    // m_executor reads the endpoint, the options and the clock through references to these members.
    S3Endpoint m_endpoint;
    Options m_options;
    std::function<QDateTime()> m_clock;
    std::unique_ptr<S3RequestExecutor> m_executor;
};
