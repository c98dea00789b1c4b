#pragma once

#include "CliCommand.h"

class BackupCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString synopsis() const override { return QStringLiteral("backup [--falkordb URL [--graph NAME]... [--consistent]] [--milvus-backup URL --s3 URL --s3-bucket B --s3-root PATH --milvus URL [--collections A,B] [--backup-name NAME]] [--components graph,vector] [--out DIR] [--json]"); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int runParsed(QCommandLineParser &parser) override;
};
