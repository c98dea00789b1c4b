#include "MainWindowTestSupport.h"

#include <QSignalSpy>
#include <QTest>

namespace MainWindowTestSupport {

std::unique_ptr<MainWindow> openWithKeychain(const MainWindow::Options &options, QString *problem)
{
    auto window = std::make_unique<MainWindow>(options);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        *problem = QStringLiteral("the main window was never exposed");
        return nullptr;
    }
    if (!window->keychainProbed()) {
        // The probe is asynchronous: the window is usable before the keychain has answered.
        QSignalSpy probed(window.get(), &MainWindow::keychainChecked);
        if (!window->keychainProbed() && !probed.wait(30000)) {
            *problem = QStringLiteral("the keychain check did not finish within 30 s");
            return nullptr;
        }
    }
    if (!window->keychainProblem().isEmpty()) {
        *problem = window->keychainProblem();
        return nullptr;
    }
    return window;
}

} // namespace MainWindowTestSupport
