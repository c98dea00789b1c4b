#pragma once

#include "CliCommand.h"

class VerifyCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString synopsis() const override { return QStringLiteral("verify SET [--falkordb URL [--graph SRC=DST]...] [--milvus URL [--collections A,B] [--collection-suffix S]] [--components graph,vector] [--json]"); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int runParsed(QCommandLineParser &parser) override;
};
