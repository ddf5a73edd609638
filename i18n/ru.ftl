# Interface texts in Russian, checked against en.ftl.
# Fluent syntax (https://projectfluent.org). { $name } is filled in by the widget; a translation
# keeps every placeholder English has. How to edit, add a language and check: docs/TRANSLATING.md.

## Loading and errors

loading = Загрузка позиций…

cannot-show = Невозможно показать этот набор данных

unreachable = Не удалось загрузить набор данных по адресу { $address }: { $reason }.

loading-reports = Загрузка сообщений и источников…

reports-failed = Не удалось загрузить сообщения и источники по адресу { $address }: { $reason }.
loading-view = Загрузка этого вида…
view-failed = Не удалось загрузить этот вид: { $reason }. Перезагрузите страницу, чтобы попробовать снова.

has-faults = Набор данных по адресу { $address } содержит ошибки и поэтому не показан. Обнаружено ошибок: { $n }.

more-faults = …и ещё { $n }.

link-ignored = Часть ссылки проигнорирована:

dismiss = Скрыть

foreign-dataset = Это не встроенный набор данных: показан «{ $name }» по адресу { $address }.

## Why part of a link was ignored

ignored-view = недопустимое представление (table, compare, timeline, sources, map, articles)

ignored-id = недопустимый идентификатор

ignored-too-many = слишком много идентификаторов; остальные проигнорированы

ignored-date = не дата (YYYY, YYYY-MM или YYYY-MM-DD)

ignored-too-long = длиннее 200 символов; обрезано до 200

ignored-pair = не пара «тема:позиция»

ignored-sort = не "name" и не идентификатор темы

ignored-lang = не одно из значений en, fr, es, ru, zh, ar

ignored-theme = не light, dark или auto

ignored-embed = не 1 и не 0

ignored-data = загружать набор данных можно только по адресам http(s) и путям на этом сайте

ignored-repeated = указано несколько раз; используется первое значение

ignored-range = раньше начала периода; период проигнорирован

ignored-kind = недопустимый тип участника (state, bloc, organisation, person)

ignored-group-id = не идентификатор региона или группы

unknown-actor = такого участника нет в этом наборе данных

unknown-topic = такой темы нет в этом наборе данных

unknown-stance = не позиция по теме «{ $topic }»

unknown-group = такого региона или группы нет в этом наборе данных

unknown-sort = такой темы нет; сортировка по названию

foreign-data = наборы данных с других сайтов здесь не загружаются; показан встроенный набор данных

data-failed = этот набор данных не удалось показать; показан встроенный набор данных

ignored-link-too-long = ссылка длиннее { $max } символов; остальное не прочитано

more-notices = …и ещё { $n }.

## Views and navigation

views = Представления

view-table = Таблица

view-compare = Сравнение

view-timeline = Хронология

view-sources = Источники

## Table and filters

filter-table = Фильтры таблицы

search = Поиск участников и позиций

topics-shown = Показанные темы

sort-by = Сортировка

sort-name = Название

as-of = Позиции на дату (пусто: последние)

kind-of-actor = Тип участника

all-kinds = Все типы

region-or-group = Регион или группа

all = Все

topic-stance = { $topic }: позиция

any = Любая

kind-state = государство

kind-bloc = группа государств

kind-organisation = организация

kind-person = лицо

actor-column = Участник

no-position = Публичная позиция не найдена

inferred = Предположительно

sources-count = Источники ({ $n })

actors-shown = Показано участников: { $n } из { $total }

caption-latest = { $negotiation } — позиции по темам: { $topics } (последние сведения)

caption-as-of = { $negotiation } — позиции по темам: { $topics } (на { $date })

no-match = Ни один участник не соответствует всем этим фильтрам одновременно.

no-match-because = Ни один участник не соответствует. Фильтры, исключающие всех: { $filters }.

filter-actors = выбранные участники

filter-kind = тип участника

filter-group = группа

filter-search = поиск

filter-stance = фильтр по позиции

filter-as-of = выбранная дата

clear-filters = Сбросить фильтры

on-topic = { $actor }: { $topic }

## Compare

add-actor = Добавить участника

choose-actor = Выберите участника…

remove-actor = Убрать: { $name }

choose-two = Выберите от двух до четырёх участников, чтобы сравнить их позиции рядом.

left-out = Рядом помещаются только четыре участника; не включены: { $names }.

comparing = Сравнение: { $names }

question-column = Вопрос

agreement-column = Совпадение

agree = Совпадают

differ = Расходятся

not-comparable = Сравнение невозможно

how-often = Как часто совпадают позиции

method = Подсчитано по приведённым выше вопросам (каждая тема и каждый подвопрос), по которым у обоих есть публичная позиция: доля вопросов, по которым их позиции совпадают. Вопрос, по которому хотя бы у одного из них нет публичной позиции, не учитывается.

pair-score = { $n ->
    [one] { $a } и { $b }: одинаковая позиция по { $agree } из { $n } сравниваемого вопроса ({ $p } %)
    [few] { $a } и { $b }: одинаковая позиция по { $agree } из { $n } сравниваемых вопросов ({ $p } %)
    [many] { $a } и { $b }: одинаковая позиция по { $agree } из { $n } сравниваемых вопросов ({ $p } %)
   *[other] { $a } и { $b }: одинаковая позиция по { $agree } из { $n } сравниваемого вопроса ({ $p } %)
}

pair-none = { $a } и { $b }: нет вопросов, по которым у обоих есть публичная позиция

who-sides = Кто с кем солидарен

matrix-overall = Совпадение в целом

matrix-topic = Совпадение по теме «{ $topic }»

matrix-none = нет общих вопросов

matrix-cell = { $p } % ({ $agree } из { $n })

actors-chosen = Выбранные участники

## What changed

changed-all = Изменения за всё время переговоров

changed-since = Изменения с { $from }

changed-until = Изменения до { $to }

changed-between = Изменения с { $from } по { $to }

range-from = С (пусто: с начала)

range-to = По (пусто: до последних данных)

no-change = За этот период о позициях не сообщалось и они не менялись.

first-reported = впервые сообщено:

reports = источники

## Timeline

timeline-span = Период: { $start } — { $end }. События: { $events }. Дорожки: { $lanes }.

events = События

positions-over-time = Динамика позиций

changed = изменено

no-positions-on = Нет публичной позиции по показанным темам: { $names }.

## Sources

search-sources = Поиск по источникам

sources-shown = Показано источников: { $n } из { $total }

reports-positions = Сообщаемых позиций: { $n }

note = Примечание: { $note }

source-news = СМИ

source-ngo = НПО

source-un = Документ ООН

source-government = Правительство

source-academic = Аналитика

reported-by = Сообщают

certainty-reported = Сообщено: об этом говорится в источнике ниже.

certainty-inferred = Предположение, прямых сообщений нет: { $basis }.

close = Закрыть

position-gone = Этой позиции больше нет в наборе данных.

event-gone = Этого события больше нет в наборе данных.

date-range = { $from } — { $to }

## Share, embed, print

share-and-export = Поделиться и экспортировать

copy-link = Копировать ссылку

embed = Встроить…

download-csv = Скачать CSV

download-json = Скачать JSON

print = Печать

link-copied = Ссылка скопирована.

copy-this-link = Скопируйте эту ссылку: { $link }

downloaded = Скачано строк: { $n }.

download-refused = Браузер не разрешил скачивание.

open-full-view = Открыть полный вид ↗

embed-this-view = Встроить это представление

embed-title = Заголовок для программ чтения с экрана (обязательно)

embed-iframe = iframe: работает везде, сам подстраивает размер (в том числе с pym.js)

embed-script = Скрипт: легче, подстраивается под ширину страницы; на одной странице можно разместить несколько

preview = Предпросмотр

preview-of = Предпросмотр: { $title }

print-sources = Источники для этого представления

print-online = Это представление в интернете

## Settings

language = Язык

theme = Оформление

theme-light = Светлое

theme-dark = Тёмное

theme-auto = Автоматически

## The summary of what a view shows

summary-agree = совпадают — { $topics }

summary-differ = расходятся — { $topics }

summary-unknown = сравнение невозможно — { $topics }

summary-join = { $names }: { $clauses }.

list-and = { $list } и { $last }

table-summary = Показано участников: { $n }. { $counts }

topic-counts = { $topic }: { $counts }.

stance-count = { $stance } ({ $n })

no-position-count = нет публичной позиции ({ $n })

settings = Настройки отображения

## Fetching a dataset, and the panel shown if the widget itself fails

use-bundled = Показать встроенный набор данных

fetch-network = запрос не выполнен: адрес недоступен или его сервер не разрешает другим сайтам читать данные (CORS), или Content-Security-Policy этой страницы не разрешает этот адрес (connect-src)

fetch-timeout = нет ответа в течение { $seconds } с

fetch-status = сервер ответил: { $status }

fetch-type = сервер прислал { $type }, а не JSON; правильный ли адрес?

fetch-too-large = размер превышает { $limit } — максимум, который читает этот виджет

fetch-unreadable = не удалось прочитать ответ

fetch-redirected = сервер перенаправил запрос на { $origin }, откуда эта страница не загружает наборы данных

fetch-too-slow = он не был получен полностью за { $seconds } с

panic-title = В работе виджета произошла ошибка

panic-text = Виджет перестал работать. Обычно помогает перезагрузка; если нет, сообщите, пожалуйста, приведённые ниже сведения.

panic-reload = Перезагрузить

panic-details = Сведения для сообщения об ошибке

show-more = Показать ещё { $n } (ещё не показано: { $rest })

and-more = …и ещё { $n }; выберите участников или темы, чтобы сузить список.

no-overall = Нет позиции по теме в целом; по её частям:

## Pictures: strips, the map, embeds' chrome, the timeline's event kinds

strips-label = Сколько придерживаются каждой позиции

view-map = Карта

color-by = Цвет по

treaty-status = Статус в отношении договора

treaty-ratified = Ратифицировал или присоединился

treaty-signed = Подписал

treaty-neither = Не подписал и не ратифицировал

map-loading = Загрузка карты…

map-failed = Не удалось нарисовать карту: { $reason }. В таблице ниже те же сведения.

map-caption = { $topic }: позиция каждого государства ({ $date })

map-facts = Карта в виде таблицы

latest = последние позиции

stance-column = Позиция

date-column = Дата

small-states = Малые государства отмечены кружком

legend = Условные обозначения

states-shown = { $n ->
    [one] { $n } государство на карте, у { $known } есть известная позиция
    [few] { $n } государства на карте, у { $known } есть известная позиция
    [many] { $n } государств на карте, у { $known } есть известная позиция
   *[other] { $n } государства на карте, у { $known } есть известная позиция
}

ignored-color = ни идентификатор темы, ни treaty

options = Фильтры и настройки

download-data = Скачать данные

source-line = Источник: stances, { $name }

event-resolution = Резолюция

event-session = Сессия

event-vote = Голосование

event-adoption = Принятие

event-signature = Подписание

event-ratification = Ратификация

event-report = Доклад

events-cluster = { $n ->
    [one] { $n } событие, { $start } – { $end }
    [few] { $n } события, { $start } – { $end }
    [many] { $n } событий, { $start } – { $end }
   *[other] { $n } события, { $start } – { $end }
}

## The treaty record and the classes of sources

ignored-treaty = недопустимый статус по договору (ratified, signed, none)

filter-treaty = статус по договору

treaty-not-signed = Подпись не зарегистрирована на { $date }

treaty-signed-on = Подписан { $date }

treaty-bound-on = Ратифицирован или присоединение { $date }

treaty-domestic = Одобрен внутри страны { $date }; документ ещё не сдан на хранение

treaty-record-note = Статус по договору: { $note }
treaty-reports = { $actor }: подписание и ратификация
action-acceptance = Принятие
action-approval = Утверждение
action-accession = Присоединение
action-domestic = Одобрение внутри страны (ещё не сдано на хранение)

class-primary = Первоисточник

class-press = Пресса

class-civil-society = Гражданское общество

class-research = Исследование

class-weak = Слабый источник, приводится только рядом с другим

read-at-copy = Прочитано в копии

## The articles view

view-articles = Статьи

search-articles = Поиск по номеру или заголовку статьи

choose-articles = Показанные статьи

all-articles = Все статьи

articles-shown = Показано статей: { $n } из { $total }

articles-unknown = Нет в этом наборе данных: { $list }

no-articles = В этом наборе данных нет статей принятого текста.

article-number = Статья { $n }

wording-history = Как менялась формулировка

stage-zero-draft = Нулевой проект

stage-revised-draft = Пересмотренный проект

stage-updated-draft = Обновлённый проект

stage-adopted = Принятый текст

recorded-votes = Голосования, заносимые в отчёт

tally-line = { $yes } за, { $no } против, { $abstain } воздержались

no-tally = итоги голосования не записаны

argued-about = Позиции, в которых о ней спорили

none-argued = Ни одна позиция в этом наборе данных не называет эту статью.

article-sources = Источники

articles-link = Статьи: { $list }

unknown-article = такой статьи нет в этом наборе данных
