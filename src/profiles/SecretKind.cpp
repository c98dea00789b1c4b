#include "SecretKind.h"

#include <QCoreApplication>

namespace SecretKinds {

QList<SecretKind> all()
{
    return {SecretKind::FalkorDbPassword, SecretKind::S3SecretKey, SecretKind::MilvusToken};
}

QString id(SecretKind kind)
{
    switch (kind) {
    case SecretKind::FalkorDbPassword: return QStringLiteral("falkordb-password");
    case SecretKind::S3SecretKey: return QStringLiteral("s3-secret-key");
    case SecretKind::MilvusToken: return QStringLiteral("milvus-token");
    }
    return QStringLiteral("unknown");
}

bool fromId(const QString &text, SecretKind *kind)
{
    for (SecretKind candidate : all()) {
        if (id(candidate) == text) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString environmentVariable(SecretKind kind)
{
    switch (kind) {
    case SecretKind::FalkorDbPassword: return QStringLiteral("FALKORDB_PASSWORD");
    case SecretKind::S3SecretKey: return QStringLiteral("S3_SECRET_KEY");
    case SecretKind::MilvusToken: return QStringLiteral("MILVUS_TOKEN");
    }
    return {};
}

QString displayName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::FalkorDbPassword:
        return QCoreApplication::translate("SecretKind", "FalkorDB password");
    case SecretKind::S3SecretKey:
        return QCoreApplication::translate("SecretKind", "S3 secret access key");
    case SecretKind::MilvusToken:
        return QCoreApplication::translate("SecretKind", "Milvus token");
    }
    return {};
}

QString policyId(SecretPolicy policy)
{
    switch (policy) {
    case SecretPolicy::NotNeeded: return QStringLiteral("none");
    case SecretPolicy::StoredInKeychain: return QStringLiteral("keychain");
    case SecretPolicy::AskEveryTime: return QStringLiteral("ask");
    }
    return QStringLiteral("none");
}

bool policyFromId(const QString &text, SecretPolicy *policy)
{
    for (SecretPolicy candidate :
         {SecretPolicy::NotNeeded, SecretPolicy::StoredInKeychain, SecretPolicy::AskEveryTime}) {
        if (policyId(candidate) == text) {
            *policy = candidate;
            return true;
        }
    }
    return false;
}

}
