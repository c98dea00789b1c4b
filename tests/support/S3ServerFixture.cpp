#include "S3ServerFixture.h"

#include "TestEnvironment.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTcpSocket>
#include <QThread>

S3ServerFixture::S3ServerFixture() = default;

S3ServerFixture::~S3ServerFixture()
{
    stop();
}

bool S3ServerFixture::start(const QString &bucket, QString *error)
{
    const QString script = TestEnvironment::sourceDir() + QStringLiteral("/node_modules/s3rver/bin/s3rver.js");
    if (!QFile::exists(script)) {
        *error = QStringLiteral("%1 is missing: run npm ci in the source tree").arg(script);
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    m_bucket = bucket;
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = TestEnvironment::freeLoopbackPort();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(TestEnvironment::nodeBinary(),
                        // s3rver encrypts continuation tokens with DES, which OpenSSL 3 only has in
                        // its legacy provider: without this, any listing over 1000 keys is a 500.
                        { QStringLiteral("--openssl-legacy-provider"), script, QStringLiteral("-d"), m_dir->path() + QStringLiteral("/data"), QStringLiteral("-a"),
                          QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                          QStringLiteral("--configure-bucket"), bucket, QStringLiteral("--no-vhost-buckets"),
                          QStringLiteral("--silent") });
        if (!m_process.waitForStarted(10'000)) {
            *error = QStringLiteral("cannot start node: %1").arg(m_process.errorString());
            return false;
        }
        const QDeadlineTimer deadline(20'000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QStringLiteral("127.0.0.1"), m_port);
            if (probe.waitForConnected(200))
                return true;
            QThread::msleep(100);
        }
        stop();
    }
    *error = QStringLiteral("s3rver did not start: %1").arg(logText());
    return false;
}

void S3ServerFixture::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5'000)) {
            m_process.kill();
            m_process.waitForFinished(5'000);
        }
    }
}

QString S3ServerFixture::endpointUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString S3ServerFixture::directory() const
{
    return m_dir ? m_dir->path() + QStringLiteral("/data") : QString();
}

QString S3ServerFixture::logText() const
{
    return QString::fromUtf8(const_cast<QProcess &>(m_process).readAll());
}
