#pragma once

#include "BackupManifest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QUrl>

class TaskContext;

// Checks the vector component of a set: vector.json agrees with the manifest, the milvus-backup folder
// has its backup_meta.json and full_meta.json naming the recorded collections; and, given a Milvus,
// that each collection there holds the recorded number of rows.
class VectorVerify
{
    Q_DECLARE_TR_FUNCTIONS(VectorVerify)

public:
    struct Request
    {
        QUrl milvusUrl;                  // empty: the set only
        QString milvusToken;
        QStringList collections;         // empty: all of the set
        QString collectionSuffix;        // target = name + suffix (as restored with --collection-suffix)
    };
    struct CollectionCheck
    {
        QString source;
        QString target;                  // empty when only the set was checked
        qint64 expectedRows = -1;
        qint64 actualRows = -1;
        QStringList differences;
        QJsonObject toJson() const;
    };

    // Problems of the set itself go to *problems; one check per collection is returned.
    static QList<CollectionCheck> run(const Request &request, const QString &setDirectory, const BackupManifest &manifest,
                                      QStringList *problems, TaskContext &context);
};
