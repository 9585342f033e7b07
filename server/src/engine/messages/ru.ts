import type { MessageKey } from "./en";

/** Russian messages: the same keys and parameters as en.ts (the compiler checks the keys, a test the parameters). */
export const RU: Record<MessageKey, string> = {
  "conversion-artifact.description":
    "Остатки экспорта из текстового редактора: `[image: ...]`, `[bookmark: _GoBack]`, пути к локальным файлам, 10 и более пробелов подряд внутри строки.",
  "conversion-artifact.explanation":
    "При экспорте политики из Word или Google Docs остаются метки рисунков и закладок, пути к файлам на компьютере автора и " +
    "пробелы для вёрстки. Читатель видит в них мусор, а путь может выдать имя пользователя. Удалите их — это делает быстрое исправление.",
  "conversion-artifact.residue": "Остаток конвертации: {what}. Удалите его.",
  "conversion-artifact.residueQuoted": "Остаток конвертации: {what} «{text}». Удалите его.",
  "conversion-artifact.imageMarker": "метка рисунка или закладки текстового редактора",
  "conversion-artifact.fileLink": "ссылка на файл на компьютере автора",
  "conversion-artifact.localPath": "путь на компьютере автора",
  "conversion-artifact.spaceRun": "ряд пробелов для вёрстки",
  "conversion-artifact.fixRemove": "Удалить остаток конвертации",
  "conversion-artifact.fixCollapse": "Заменить пробелы одним",
};
