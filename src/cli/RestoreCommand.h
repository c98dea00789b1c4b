#pragma once

#include "CliCommand.h"

class RestoreCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString synopsis() const override { return QStringLiteral("restore SET|PACKAGE [--falkordb URL [--graph SRC=DST]... [--mode empty|merge|replace]] "
                              "[--milvus-backup URL --s3 URL --milvus URL [--on-existing-collection fail|skip|rename|drop]] "
                              "[--yes] [--force] [--json]"); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int runParsed(QCommandLineParser &parser) override;
};
