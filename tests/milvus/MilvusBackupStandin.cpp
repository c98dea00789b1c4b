#include "MilvusBackupStandin.h"

#include "BlockingHttpClient.h"
#include "TestEnvironment.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QThread>

#include <stdexcept>

namespace {

bool waitForPort(quint16 port, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

}

MilvusBackupStandin::MilvusBackupStandin() = default;

MilvusBackupStandin::~MilvusBackupStandin()
{
    stop();
}

bool MilvusBackupStandin::start(const Options &options, QString *error)
{
    const QString source = TestEnvironment::sourceDir();
    const QString server = source + QStringLiteral("/tests/standins/milvus-backup/server.js");
    const QString s3rverScript = QFileInfo(source + QStringLiteral("/node_modules/.bin/s3rver")).canonicalFilePath();
    if (!QFileInfo::exists(server)) {
        *error = QStringLiteral("stand-in not found at %1").arg(server);
        return false;
    }
    if (s3rverScript.isEmpty()) {
        *error = QStringLiteral("s3rver not installed (run npm ci in %1)").arg(source);
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    // Up to three tries: the free port we picked can be taken before s3rver binds it.
    for (int attempt = 0; attempt < 3 && m_s3Port == 0; ++attempt) {
        const quint16 port = TestEnvironment::freeLoopbackPort();
        m_s3rver.setProcessChannelMode(QProcess::MergedChannels);
        m_s3rver.start(TestEnvironment::nodeBinary(),
                       // s3rver encrypts continuation tokens with DES, which OpenSSL 3 only has in its
                       // legacy provider: without it any truncated listing (even max-keys=1) is a 500.
                       { QStringLiteral("--openssl-legacy-provider"), s3rverScript, QStringLiteral("-d"), m_dir->filePath(QStringLiteral("s3")), QStringLiteral("-a"),
                         QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port),
                         // --silent first: --configure-bucket takes every following argument.
                         QStringLiteral("--silent"), QStringLiteral("--configure-bucket"), options.bucket });
        if (!m_s3rver.waitForStarted(5000)) {
            *error = QStringLiteral("cannot run node: %1").arg(m_s3rver.errorString());
            return false;
        }
        if (waitForPort(port, 10000) && m_s3rver.state() == QProcess::Running)
            m_s3Port = port;
        else {
            m_s3rver.kill();
            m_s3rver.waitForFinished(3000);
        }
    }
    if (m_s3Port == 0) {
        *error = QStringLiteral("s3rver did not start: %1").arg(QString::fromUtf8(m_s3rver.readAll()));
        return false;
    }

    m_standin.setProcessChannelMode(QProcess::SeparateChannels);
    m_standin.start(TestEnvironment::nodeBinary(),
                    { server, QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--milvus-port"),
                      QStringLiteral("0"), QStringLiteral("--api-version"), options.apiVersion,
                      QStringLiteral("--task-ms"), QString::number(options.taskMs), QStringLiteral("--segment-rows"),
                      QString::number(options.segmentRows), QStringLiteral("--minio-address"),
                      QStringLiteral("127.0.0.1"), QStringLiteral("--minio-port"), QString::number(m_s3Port),
                      QStringLiteral("--minio-access-key"), QStringLiteral("S3RVER"),
                      QStringLiteral("--minio-secret-key"), QStringLiteral("S3RVER"), QStringLiteral("--bucket"),
                      options.bucket });
    if (!m_standin.waitForStarted(5000)) {
        *error = QStringLiteral("cannot start the stand-in: %1").arg(m_standin.errorString());
        return false;
    }
    // It prints one JSON line with its ports once both listen.
    QDeadlineTimer deadline(15000);
    while (!m_standin.canReadLine() && !deadline.hasExpired() && m_standin.state() == QProcess::Running)
        m_standin.waitForReadyRead(200);
    const QJsonObject ports = QJsonDocument::fromJson(m_standin.readLine()).object();
    m_backupPort = quint16(ports.value(QLatin1String("backupPort")).toInt());
    m_milvusPort = quint16(ports.value(QLatin1String("milvusPort")).toInt());
    if (m_backupPort == 0 || m_milvusPort == 0) {
        *error = QStringLiteral("the stand-in did not report its ports: %1")
                     .arg(QString::fromUtf8(m_standin.readAllStandardError()));
        return false;
    }
    return true;
}

void MilvusBackupStandin::stop()
{
    for (QProcess *process : { &m_standin, &m_s3rver }) {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(3000)) {
                process->kill();
                process->waitForFinished(3000);
            }
        }
    }
    m_dir.reset();
}

QUrl MilvusBackupStandin::backupUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_backupPort));
}

QUrl MilvusBackupStandin::milvusUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_milvusPort));
}

QString MilvusBackupStandin::logText() const
{
    return QString::fromUtf8(const_cast<QProcess &>(m_standin).readAllStandardError());
}

QJsonObject MilvusBackupStandin::post(const QUrl &url, const QJsonObject &body)
{
    BlockingHttpClient http(QStringLiteral("stand-in"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const HttpResponse response = http.send("POST", request, QJsonDocument(body).toJson(QJsonDocument::Compact), nullptr);
    if (response.status != 200)
        throw std::runtime_error("stand-in answered HTTP " + std::to_string(response.status) + ": "
                                 + response.body.toStdString());
    return QJsonDocument::fromJson(response.body).object();
}

void MilvusBackupStandin::setFaults(const QJsonObject &faults)
{
    QUrl url = backupUrl();
    url.setPath(QStringLiteral("/_standin/faults"));
    post(url, faults);
}

void MilvusBackupStandin::restart()
{
    QUrl url = backupUrl();
    url.setPath(QStringLiteral("/_standin/restart"));
    post(url, {});
}

QJsonObject MilvusBackupStandin::milvus(const QString &endpoint, const QJsonObject &body)
{
    QUrl url = milvusUrl();
    url.setPath(QStringLiteral("/v2/vectordb/") + endpoint);
    const QJsonObject reply = post(url, body);
    if (reply.value(QLatin1String("code")).toInt(-1) != 0)
        throw std::runtime_error("Milvus stand-in refused " + endpoint.toStdString() + ": "
                                 + QJsonDocument(reply).toJson(QJsonDocument::Compact).toStdString());
    return reply;
}

void MilvusBackupStandin::seedCollection(const QString &db, const QString &name, int rows)
{
    if (db != QLatin1String("default")) {
        try {
            milvus(QStringLiteral("databases/create"), { { QLatin1String("dbName"), db } });
        } catch (const std::runtime_error &) {
            // already there
        }
    }
    const QJsonObject schema {
        { QLatin1String("autoID"), false },
        { QLatin1String("enableDynamicField"), false },
        { QLatin1String("fields"),
          QJsonArray {
              QJsonObject { { QLatin1String("fieldName"), QStringLiteral("id") },
                            { QLatin1String("dataType"), QStringLiteral("Int64") },
                            { QLatin1String("isPrimary"), true } },
              QJsonObject { { QLatin1String("fieldName"), QStringLiteral("title") },
                            { QLatin1String("dataType"), QStringLiteral("VarChar") },
                            { QLatin1String("elementTypeParams"), QJsonObject { { QLatin1String("max_length"), 64 } } } },
              QJsonObject { { QLatin1String("fieldName"), QStringLiteral("vec") },
                            { QLatin1String("dataType"), QStringLiteral("FloatVector") },
                            { QLatin1String("elementTypeParams"), QJsonObject { { QLatin1String("dim"), 4 } } } } } },
    };
    milvus(QStringLiteral("collections/create"),
           { { QLatin1String("dbName"), db },
             { QLatin1String("collectionName"), name },
             { QLatin1String("schema"), schema },
             { QLatin1String("indexParams"),
               QJsonArray { QJsonObject { { QLatin1String("fieldName"), QStringLiteral("vec") },
                                          { QLatin1String("indexName"), QStringLiteral("vec_idx") },
                                          { QLatin1String("metricType"), QStringLiteral("L2") },
                                          { QLatin1String("indexType"), QStringLiteral("HNSW") } } } } });
    for (int start = 0; start < rows; start += 50) {
        QJsonArray data;
        for (int i = start; i < std::min(rows, start + 50); ++i) {
            data.append(QJsonObject { { QLatin1String("id"), i + 1 },
                                      { QLatin1String("title"), QStringLiteral("row %1").arg(i) },
                                      { QLatin1String("vec"), QJsonArray { i * 0.5, 1.0, 2.0, 3.0 } } });
        }
        milvus(QStringLiteral("entities/insert"),
               { { QLatin1String("dbName"), db }, { QLatin1String("collectionName"), name }, { QLatin1String("data"), data } });
    }
}
