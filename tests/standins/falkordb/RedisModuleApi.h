// Minimal, hand-written declarations of the parts of the Redis Modules API
// that the FalkorDB stand-in uses. Written from the public "Modules API
// reference" (redis.io): every API function is a pointer obtained at load time
// through RedisModule_GetApi, whose address is the first member of the context
// passed to RedisModule_OnLoad. Only what this module calls is declared.
#pragma once

#include <cstddef>
#include <cstdint>

extern "C" {

typedef struct RedisModuleCtx RedisModuleCtx;
typedef struct RedisModuleString RedisModuleString;
typedef struct RedisModuleKey RedisModuleKey;
typedef struct RedisModuleType RedisModuleType;
typedef struct RedisModuleIO RedisModuleIO;
typedef struct RedisModuleDigest RedisModuleDigest;
typedef struct RedisModuleScanCursor RedisModuleScanCursor;

enum {
    REDISMODULE_OK = 0,
    REDISMODULE_ERR = 1,
    REDISMODULE_APIVER_1 = 1,
    REDISMODULE_READ = (1 << 0),
    REDISMODULE_WRITE = (1 << 1),
    REDISMODULE_KEYTYPE_EMPTY = 0,
    REDISMODULE_KEYTYPE_MODULE = 6,
    REDISMODULE_TYPE_METHOD_VERSION_1 = 1,
};
static const long REDISMODULE_POSTPONED_LEN = -1;

typedef int (*RedisModuleCmdFunc)(RedisModuleCtx *ctx, RedisModuleString **argv, int argc);
typedef void *(*RedisModuleTypeLoadFunc)(RedisModuleIO *rdb, int encver);
typedef void (*RedisModuleTypeSaveFunc)(RedisModuleIO *rdb, void *value);
typedef void (*RedisModuleTypeRewriteFunc)(RedisModuleIO *aof, RedisModuleString *key, void *value);
typedef size_t (*RedisModuleTypeMemUsageFunc)(const void *value);
typedef void (*RedisModuleTypeDigestFunc)(RedisModuleDigest *digest, void *value);
typedef void (*RedisModuleTypeFreeFunc)(void *value);
typedef void (*RedisModuleScanCB)(RedisModuleCtx *ctx, RedisModuleString *keyname, RedisModuleKey *key,
                                  void *privdata);

// Version-1 layout of the type-methods structure (the fields that follow in
// later versions are only read by Redis when `version` says they exist).
typedef struct RedisModuleTypeMethods {
    uint64_t version;
    RedisModuleTypeLoadFunc rdb_load;
    RedisModuleTypeSaveFunc rdb_save;
    RedisModuleTypeRewriteFunc aof_rewrite;
    RedisModuleTypeMemUsageFunc mem_usage;
    RedisModuleTypeDigestFunc digest;
    RedisModuleTypeFreeFunc free;
} RedisModuleTypeMethods;

} // extern "C"

// Function pointers, defined (and filled) in Module.cpp.
#define SB_API_LIST(X)                                                                                   \
    X(void, SetModuleAttribs, (RedisModuleCtx * ctx, const char *name, int ver, int apiver))            \
    X(int, IsModuleNameBusy, (const char *name))                                                       \
    X(int, CreateCommand, (RedisModuleCtx * ctx, const char *name, RedisModuleCmdFunc cmdfunc,           \
                           const char *strflags, int firstkey, int lastkey, int keystep))               \
    X(RedisModuleType *, CreateDataType, (RedisModuleCtx * ctx, const char *name, int encver,           \
                                          void *typemethods))                                          \
    X(void *, OpenKey, (RedisModuleCtx * ctx, RedisModuleString * keyname, int mode))                  \
    X(void, CloseKey, (RedisModuleKey * kp))                                                           \
    X(int, KeyType, (RedisModuleKey * kp))                                                             \
    X(int, DeleteKey, (RedisModuleKey * key))                                                          \
    X(RedisModuleType *, ModuleTypeGetType, (RedisModuleKey * key))                                    \
    X(void *, ModuleTypeGetValue, (RedisModuleKey * key))                                              \
    X(int, ModuleTypeSetValue, (RedisModuleKey * key, RedisModuleType * mt, void *value))              \
    X(int, ReplyWithError, (RedisModuleCtx * ctx, const char *err))                                    \
    X(int, ReplyWithSimpleString, (RedisModuleCtx * ctx, const char *msg))                             \
    X(int, ReplyWithArray, (RedisModuleCtx * ctx, long len))                                           \
    X(void, ReplySetArrayLength, (RedisModuleCtx * ctx, long len))                                     \
    X(int, ReplyWithLongLong, (RedisModuleCtx * ctx, long long ll))                                    \
    X(int, ReplyWithStringBuffer, (RedisModuleCtx * ctx, const char *buf, size_t len))                 \
    X(int, ReplyWithNull, (RedisModuleCtx * ctx))                                                      \
    X(int, WrongArity, (RedisModuleCtx * ctx))                                                         \
    X(const char *, StringPtrLen, (const RedisModuleString *str, size_t *len))                          \
    X(int, StringToLongLong, (const RedisModuleString *str, long long *ll))                            \
    X(RedisModuleString *, CreateString, (RedisModuleCtx * ctx, const char *ptr, size_t len))          \
    X(void, FreeString, (RedisModuleCtx * ctx, RedisModuleString * str))                               \
    X(void, Free, (void *ptr))                                                                         \
    X(void, SaveStringBuffer, (RedisModuleIO * io, const char *str, size_t len))                       \
    X(char *, LoadStringBuffer, (RedisModuleIO * io, size_t *lenptr))                                  \
    X(void, SaveUnsigned, (RedisModuleIO * io, uint64_t value))                                        \
    X(uint64_t, LoadUnsigned, (RedisModuleIO * io))                                                    \
    X(void, EmitAOF, (RedisModuleIO * io, const char *cmdname, const char *fmt, ...))                  \
    X(int, ReplicateVerbatim, (RedisModuleCtx * ctx))                                                  \
    X(RedisModuleScanCursor *, ScanCursorCreate, ())                                                   \
    X(void, ScanCursorDestroy, (RedisModuleScanCursor * cursor))                                       \
    X(int, Scan, (RedisModuleCtx * ctx, RedisModuleScanCursor * cursor, RedisModuleScanCB fn,          \
                  void *privdata))                                                                     \
    X(void, Log, (RedisModuleCtx * ctx, const char *level, const char *fmt, ...))

#define SB_API_DECLARE(ret, name, args) extern ret(*RedisModule_##name) args;
SB_API_LIST(SB_API_DECLARE)
#undef SB_API_DECLARE

// Fetches every pointer above (REDISMODULE_OK when all were found).
int StandinFetchApi(RedisModuleCtx *ctx);
// Fetches every pointer above and registers the module name/version.
// Returns REDISMODULE_OK or REDISMODULE_ERR.
int StandinModuleInit(RedisModuleCtx *ctx, const char *name, int ver);
