#pragma once

#include "CliCommand.h"

// brandmind-backup-cli diff A B | diff A --live [--falkordb URL] [--milvus URL]: what differs (SetDiff).
// The Milvus token comes from MILVUS_TOKEN only, so it never shows in a process list or in the output.
class DiffCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString synopsis() const override
    {
        return QStringLiteral("diff SET_A SET_B | diff SET_A --live [--falkordb URL] [--milvus URL] [--graph SRC=DST]... [--samples N] [--json]");
    }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int runParsed(QCommandLineParser &parser) override;
};
