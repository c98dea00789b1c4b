#pragma once

#include "CliCommand.h"

class RestoreCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString synopsis() const override { return QStringLiteral("restore SET --falkordb URL [--graph SRC=DST]... [--mode empty|merge|replace] [--yes] [--force] [--json]"); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int runParsed(QCommandLineParser &parser) override;
};
