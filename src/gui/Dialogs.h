#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

// Every message box, file dialog and password prompt of the application goes through here, so that
// GUI tests can drive the real window offscreen: a test queues the answers (setNextAnswer,
// setNextFileName, setNextText) and reads what would have been shown (lastMessage). With nothing
// queued, the real dialog runs.
class Dialogs
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);

    static QString existingDirectory(QWidget *parent, const QString &caption, const QString &directory = {});
    static QString openFileName(QWidget *parent, const QString &caption, const QString &directory = {},
                                const QString &filter = {});
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &directory = {},
                                const QString &filter = {});
    // A line of text (password when `secret`); nullopt when canceled.
    static std::optional<QString> text(QWidget *parent, const QString &title, const QString &label, bool secret);

    // Test seams. Queued answers are used first-in first-out.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextFileName(const QString &fileName);
    // std::nullopt queues a "Cancel" of the text prompt.
    static void setNextText(const std::optional<QString> &text);
    static QString lastMessage();
    static QStringList shownMessages();
    static int pendingAnswers();
    static void reset();

private:
    static void record(const QString &title, const QString &text);
};
