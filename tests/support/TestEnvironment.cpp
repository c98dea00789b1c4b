#include "TestEnvironment.h"

#include <QDir>
#include <QTcpServer>

namespace TestEnvironment {

QString sourceDir()
{
    const QString fromEnv = qEnvironmentVariable("BMB_SOURCE_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir::cleanPath(QStringLiteral(__FILE__ "/../../.."));
}

QString redisServerBinary()
{
    const QString fromEnv = qEnvironmentVariable("REDIS_SERVER");
    return fromEnv.isEmpty() ? QStringLiteral("redis-server") : fromEnv;
}

QString graphModulePath()
{
    const QString real = qEnvironmentVariable("FALKORDB_MODULE");
    if (!real.isEmpty())
        return real;
    return qEnvironmentVariable("BMB_FALKORDB_STANDIN");
}

bool usingRealFalkorDB()
{
    return !qEnvironmentVariable("FALKORDB_MODULE").isEmpty();
}

quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QString nodeBinary()
{
    const QString fromEnv = qEnvironmentVariable("NODE");
    return fromEnv.isEmpty() ? QStringLiteral("node") : fromEnv;
}

} // namespace TestEnvironment
