#include "Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMutex>
#include <QQueue>

namespace {
// Password prompts may be requested from worker threads (through a blocking queued call), so the
// queues are guarded.
struct Seams
{
    QMutex mutex;
    QQueue<QMessageBox::StandardButton> answers;
    QQueue<QString> fileNames;
    QQueue<std::optional<QString>> texts;
    QStringList messages;
};

Seams &seams()
{
    static Seams instance;
    return instance;
}

template<typename T>
std::optional<T> takeNext(QQueue<T> &queue)
{
    QMutexLocker lock(&seams().mutex);
    if (queue.isEmpty())
        return std::nullopt;
    return queue.dequeue();
}
} // namespace

void Dialogs::record(const QString &title, const QString &text)
{
    QMutexLocker lock(&seams().mutex);
    seams().messages.append(title + QStringLiteral(": ") + text);
}

QMessageBox::StandardButton Dialogs::question(QWidget *parent, const QString &title, const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    record(title, text);
    if (const auto answer = takeNext(seams().answers))
        return *answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    record(title, text);
    if (takeNext(seams().answers))
        return;
    QMessageBox::information(parent, title, text);
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    record(title, text);
    if (takeNext(seams().answers))
        return;
    QMessageBox::warning(parent, title, text);
}

void Dialogs::critical(QWidget *parent, const QString &title, const QString &text)
{
    record(title, text);
    if (takeNext(seams().answers))
        return;
    QMessageBox::critical(parent, title, text);
}

QString Dialogs::existingDirectory(QWidget *parent, const QString &caption, const QString &directory)
{
    if (const auto name = takeNext(seams().fileNames))
        return *name;
    return QFileDialog::getExistingDirectory(parent, caption, directory);
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (const auto name = takeNext(seams().fileNames))
        return *name;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (const auto name = takeNext(seams().fileNames))
        return *name;
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

std::optional<QString> Dialogs::text(QWidget *parent, const QString &title, const QString &label, bool secret)
{
    record(title, label);
    {
        QMutexLocker lock(&seams().mutex);
        if (!seams().texts.isEmpty())
            return seams().texts.dequeue();
    }
    bool ok = false;
    const QString value = QInputDialog::getText(parent, title, label,
                                                secret ? QLineEdit::Password : QLineEdit::Normal, {}, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    QMutexLocker lock(&seams().mutex);
    seams().answers.enqueue(answer);
}

void Dialogs::setNextFileName(const QString &fileName)
{
    QMutexLocker lock(&seams().mutex);
    seams().fileNames.enqueue(fileName);
}

void Dialogs::setNextText(const std::optional<QString> &text)
{
    QMutexLocker lock(&seams().mutex);
    seams().texts.enqueue(text);
}

QString Dialogs::lastMessage()
{
    QMutexLocker lock(&seams().mutex);
    return seams().messages.isEmpty() ? QString() : seams().messages.constLast();
}

QStringList Dialogs::shownMessages()
{
    QMutexLocker lock(&seams().mutex);
    return seams().messages;
}

int Dialogs::pendingAnswers()
{
    QMutexLocker lock(&seams().mutex);
    return int(seams().answers.size() + seams().fileNames.size() + seams().texts.size());
}

void Dialogs::reset()
{
    QMutexLocker lock(&seams().mutex);
    seams().answers.clear();
    seams().fileNames.clear();
    seams().texts.clear();
    seams().messages.clear();
}
