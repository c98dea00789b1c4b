#pragma once

#include "CliCommand.h"

class VerifyCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString synopsis() const override { return QStringLiteral("verify SET [--falkordb URL [--graph SRC=DST]...] [--json]"); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int runParsed(QCommandLineParser &parser) override;
};
