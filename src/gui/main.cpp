#include "BuildInfo.h"
#include "MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("brandmind-backup"));
    QApplication::setApplicationDisplayName(QStringLiteral(BMB_APPLICATION_NAME));
    QApplication::setApplicationVersion(QStringLiteral(BMB_VERSION_STRING));
    QApplication::setOrganizationName(QStringLiteral("BrandMind"));
    MainWindow window;
    window.show();
    return app.exec();
}
