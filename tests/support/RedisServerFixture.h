#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A real redis-server on a random loopback port in a temporary directory, optionally with the graph
// module (the stand-in, or a real falkordb.so from FALKORDB_MODULE), a password, an ACL user or TLS.
// Stopped (and its directory removed) when the fixture goes away.
class RedisServerFixture
{
public:
    struct Options
    {
        bool loadGraphModule = true;
        // Module arguments, e.g. {"RESULTSET_SIZE", "10000", "TIMEOUT", "1000"}.
        QStringList moduleArguments;
        QString password;          // requirepass
        QString aclUser;           // with aclPassword: "user <name> on ><password> ~* &* +@all"
        QString aclPassword;
        bool tls = false;          // TLS only (port 0), with a CA and server certificate made by openssl
        QStringList extraArguments;
    };

    RedisServerFixture();
    ~RedisServerFixture();

    // Returns false and sets *error when redis-server could not be started.
    bool start(const Options &options, QString *error);
    void stop();

    quint16 port() const { return m_port; }
    // redis://127.0.0.1:port or rediss://...?ca=<ca.crt> (no credentials).
    QString url() const;
    QString caCertificatePath() const; // TLS only
    QString directory() const;
    QString logText() const;           // the server's log, for failure messages

private:
    bool makeCertificates(QString *error);

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_tls = false;
};
