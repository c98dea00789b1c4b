#include "S3ServerFixture.h"

#include "TestCertificates.h"
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
    return start(bucket, Options(), error);
}

bool S3ServerFixture::start(const QString &bucket, const Options &options, QString *error)
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
    m_tls = options.tls;
    if (m_tls && !TestCertificates::create(m_dir->path(), error))
        return false;
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = TestEnvironment::freeLoopbackPort();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        // s3rver encrypts continuation tokens with DES, which OpenSSL 3 only has in its legacy
        // provider: without it, any listing over 1000 keys is a 500.
        QStringList arguments = { QStringLiteral("--openssl-legacy-provider"), script, QStringLiteral("-d"), m_dir->path() + QStringLiteral("/data"), QStringLiteral("-a"),
                                  QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                                  QStringLiteral("--no-vhost-buckets"), QStringLiteral("--silent") };
        // s3rver serves HTTPS when it gets both a key and a certificate.
        if (m_tls)
            arguments << QStringLiteral("--key") << TestCertificates::serverKeyPath(m_dir->path())
                      << QStringLiteral("--cert") << TestCertificates::serverCertificatePath(m_dir->path());
        // Last: --configure-bucket takes every following argument that does not start with "-" as
        // a configuration file.
        arguments << QStringLiteral("--configure-bucket") << bucket;
        m_process.start(TestEnvironment::nodeBinary(), arguments);
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
    return QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(m_port);
}

QString S3ServerFixture::caCertificatePath() const
{
    return m_tls && m_dir ? TestCertificates::caCertificatePath(m_dir->path()) : QString();
}

QString S3ServerFixture::directory() const
{
    return m_dir ? m_dir->path() + QStringLiteral("/data") : QString();
}

QString S3ServerFixture::logText() const
{
    return QString::fromUtf8(const_cast<QProcess &>(m_process).readAll());
}
