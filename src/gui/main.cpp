#include "BuildInfo.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("brandmind-backup"));
    QApplication::setApplicationDisplayName(QStringLiteral(BMB_APPLICATION_NAME));
    QApplication::setApplicationVersion(QStringLiteral(BMB_VERSION_STRING));
    QApplication::setOrganizationName(QStringLiteral("BrandMind"));
    QApplication::setDesktopFileName(QStringLiteral("io.brandmind.Backup"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/brandmind-backup.svg")));

    // The interface follows the system locale (LANG/LC_ALL); Qt's own dialogs too when its
    // translations are installed.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("brandmind-backup"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    // --version lets a package check show that the installed program and its Qt plugins load.
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Back up, move and restore FalkorDB graphs and Milvus collections."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    MainWindow window;
    window.show();
    return app.exec();
}
