#pragma once

#include <QString>

// Where the tests find the source tree, helper programs and optional real servers.
namespace TestEnvironment {
QString sourceDir();            // BMB_SOURCE_DIR (set by CTest), else the compile-time source dir
QString redisServerBinary();    // REDIS_SERVER, else "redis-server"
// The graph module to load: FALKORDB_MODULE (a real falkordb.so) when set, else the stand-in.
QString graphModulePath();
bool usingRealFalkorDB();
// A free TCP port on 127.0.0.1 (bound and released; callers retry if a race takes it).
quint16 freeLoopbackPort();
QString nodeBinary();           // NODE, else "node"
}
