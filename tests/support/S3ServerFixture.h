#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A real S3 server for tests: s3rver 3.7 from the source tree's node_modules, on a random loopback
// port, storing into a temporary directory, with one bucket created up front. Path-style only
// (--no-vhost-buckets), default account S3RVER/S3RVER. Note s3rver does not verify signatures.
// With Options::tls it serves HTTPS only, with a throw-away CA and server certificate for
// 127.0.0.1/localhost made by openssl in its temporary directory.
class S3ServerFixture
{
public:
    struct Options
    {
        bool tls = false;
    };

    S3ServerFixture();
    ~S3ServerFixture();

    // Returns false and sets *error when node, s3rver (or openssl, for TLS) is missing or the server
    // does not come up.
    bool start(const QString &bucket, QString *error);
    bool start(const QString &bucket, const Options &options, QString *error);
    void stop();

    quint16 port() const { return m_port; }
    QString endpointUrl() const;       // http://127.0.0.1:<port>, or https:// with Options::tls
    QString caCertificatePath() const; // the CA that signed the server certificate; TLS only
    QString bucket() const { return m_bucket; }
    QString directory() const;         // where s3rver keeps the objects
    static QString accessKey() { return QStringLiteral("S3RVER"); }
    static QString secretKey() { return QStringLiteral("S3RVER"); }
    QString logText() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_bucket;
    bool m_tls = false;
};
