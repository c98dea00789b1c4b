#include "RedisServerFixture.h"

#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QThread>

RedisServerFixture::RedisServerFixture() = default;

RedisServerFixture::~RedisServerFixture()
{
    stop();
}

bool RedisServerFixture::makeCertificates(QString *error)
{
    // A throw-away CA and a server certificate for 127.0.0.1/localhost, like FalkorDB's gen-certs.sh.
    const QString dir = m_dir->path();
    const QString script = QStringLiteral(
        "set -e; cd '%1';"
        "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj '/CN=BMB Test CA' -keyout ca.key -out ca.crt 2>/dev/null;"
        "openssl req -newkey rsa:2048 -nodes -subj '/CN=localhost' -keyout server.key -out server.csr 2>/dev/null;"
        "printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\\n' > ext.cnf;"
        "openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile ext.cnf -out server.crt 2>/dev/null")
                               .arg(dir);
    QProcess openssl;
    openssl.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), script });
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    return true;
}

bool RedisServerFixture::start(const Options &options, QString *error)
{
    stop();
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    m_tls = options.tls;
    if (m_tls && !makeCertificates(error))
        return false;

    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = TestEnvironment::freeLoopbackPort();
        QStringList args;
        args << QStringLiteral("--bind") << QStringLiteral("127.0.0.1") << QStringLiteral("--dir") << m_dir->path()
             << QStringLiteral("--save") << QString() << QStringLiteral("--appendonly") << QStringLiteral("no")
             << QStringLiteral("--logfile") << m_dir->filePath(QStringLiteral("redis.log"));
        if (m_tls) {
            args << QStringLiteral("--port") << QStringLiteral("0") << QStringLiteral("--tls-port")
                 << QString::number(m_port) << QStringLiteral("--tls-cert-file")
                 << m_dir->filePath(QStringLiteral("server.crt")) << QStringLiteral("--tls-key-file")
                 << m_dir->filePath(QStringLiteral("server.key")) << QStringLiteral("--tls-ca-cert-file")
                 << m_dir->filePath(QStringLiteral("ca.crt")) << QStringLiteral("--tls-auth-clients")
                 << QStringLiteral("no");
        } else {
            args << QStringLiteral("--port") << QString::number(m_port);
        }
        if (!options.password.isEmpty())
            args << QStringLiteral("--requirepass") << options.password;
        if (!options.aclUser.isEmpty())
            args << QStringLiteral("--user") << options.aclUser << QStringLiteral("on")
                 << (QLatin1Char('>') + options.aclPassword) << QStringLiteral("~*") << QStringLiteral("&*")
                 << QStringLiteral("+@all");
        if (options.loadGraphModule) {
            const QString module = TestEnvironment::graphModulePath();
            if (module.isEmpty()) {
                *error = QStringLiteral("no graph module: set FALKORDB_MODULE or build the stand-in");
                return false;
            }
            args << QStringLiteral("--loadmodule") << module << options.moduleArguments;
        }
        args << options.extraArguments;

        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(TestEnvironment::redisServerBinary(), args);
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("cannot start %1: %2")
                         .arg(TestEnvironment::redisServerBinary(), m_process.errorString());
            return false;
        }
        // Ready when the port accepts connections (TLS or not, a TCP connect is enough).
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000 && m_process.state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(200))
                return true;
            QThread::msleep(30);
        }
        m_process.kill();
        m_process.waitForFinished(5000);
        *error = QStringLiteral("redis-server did not start: ") + logText();
    }
    return false;
}

void RedisServerFixture::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QString RedisServerFixture::url() const
{
    if (m_tls)
        return QStringLiteral("rediss://127.0.0.1:%1?ca=%2").arg(m_port).arg(caCertificatePath());
    return QStringLiteral("redis://127.0.0.1:%1").arg(m_port);
}

QString RedisServerFixture::caCertificatePath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("ca.crt")) : QString();
}

QString RedisServerFixture::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

QString RedisServerFixture::logText() const
{
    if (!m_dir)
        return {};
    QFile log(m_dir->filePath(QStringLiteral("redis.log")));
    if (!log.open(QIODevice::ReadOnly))
        return QString::fromLocal8Bit(const_cast<QProcess &>(m_process).readAll());
    return QString::fromUtf8(log.readAll().right(4000));
}
