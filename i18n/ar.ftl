# Interface texts in Arabic, checked against en.ftl.
# Fluent syntax (https://projectfluent.org). { $name } is filled in by the widget; a translation
# keeps every placeholder English has. How to edit, add a language and check: docs/TRANSLATING.md.

## Loading and errors

loading = جارٍ تحميل المواقف…

cannot-show = يتعذّر عرض مجموعة البيانات هذه

unreachable = تعذّر تحميل مجموعة البيانات الموجودة في { $address }: { $reason }.

loading-reports = جارٍ تحميل التقارير والمصادر…

reports-failed = تعذّر تحميل التقارير والمصادر من { $address }: { $reason }.
loading-view = جارٍ تحميل هذا العرض…
view-failed = تعذّر تحميل هذا العرض: { $reason }. أعد تحميل الصفحة للمحاولة مرة أخرى.

has-faults = في مجموعة البيانات الموجودة في { $address } أخطاء، ولذلك لا تُعرض. عدد الأخطاء المكتشفة: { $n }.

more-faults = …و{ $n } أخرى.

link-ignored = جرى تجاهل أجزاء من هذا الرابط:

dismiss = تجاهل

foreign-dataset = ليست مجموعة البيانات المضمّنة: يُعرض «{ $name }» من { $address }.

## Why part of a link was ignored

ignored-view = ليس طريقة عرض (table, compare, timeline, sources, map, articles)

ignored-id = ليس معرّفًا صالحًا

ignored-too-many = عدد المعرّفات أكثر من اللازم؛ جرى تجاهل الباقي

ignored-date = ليس تاريخًا (YYYY, YYYY-MM أو YYYY-MM-DD)

ignored-too-long = أطول من 200 حرف؛ اقتُطع إلى 200

ignored-pair = ليس زوجًا بالشكل موضوع:موقف

ignored-sort = ليس "name" ولا معرّف موضوع

ignored-lang = ليس من بين en, fr, es, ru, zh, ar

ignored-theme = ليس light أو dark أو auto

ignored-embed = ليس 1 أو 0

ignored-data = لا يمكن تحميل مجموعة بيانات إلا من عناوين http(s) ومسارات على هذا الموقع

ignored-repeated = ورد أكثر من مرة؛ تُستخدم القيمة الأولى

ignored-range = يسبق بداية النطاق؛ جرى تجاهل النطاق

ignored-kind = ليس نوعًا من أنواع الجهات الفاعلة (state, bloc, organisation, person)

ignored-group-id = ليس معرّف منطقة أو مجموعة

unknown-actor = لا توجد جهة فاعلة كهذه في مجموعة البيانات هذه

unknown-topic = لا يوجد موضوع كهذا في مجموعة البيانات هذه

unknown-stance = ليس موقفًا بشأن { $topic }

unknown-group = لا توجد منطقة أو مجموعة كهذه في مجموعة البيانات هذه

unknown-sort = لا يوجد موضوع كهذا؛ رُتّبت حسب الاسم

foreign-data = لا تُحمَّل هنا مجموعات بيانات من مواقع أخرى؛ تُعرض مجموعة البيانات المضمّنة

data-failed = تعذّر عرض مجموعة البيانات هذه؛ تُعرض مجموعة البيانات المضمّنة

ignored-link-too-long = الرابط أطول من { $max } حرف؛ لم يُقرأ الباقي

more-notices = …و{ $n } أخرى.

## Views and navigation

views = طرق العرض

view-table = جدول

view-compare = مقارنة

view-timeline = تسلسل زمني

view-sources = المصادر

## Table and filters

filter-table = تصفية الجدول

search = البحث في الجهات الفاعلة والمواقف

topics-shown = المواضيع المعروضة

sort-by = الترتيب حسب

sort-name = الاسم

as-of = المواقف في تاريخ (فارغ: الأحدث)

kind-of-actor = نوع الجهة الفاعلة

all-kinds = جميع الأنواع

region-or-group = المنطقة أو المجموعة

all = الكل

topic-stance = { $topic }: الموقف

any = أي موقف

kind-state = دولة

kind-bloc = مجموعة دول

kind-organisation = منظمة

kind-person = شخص

actor-column = الجهة الفاعلة

no-position = لم يُعثر على موقف علني

inferred = مستنتَج

sources-count = المصادر ({ $n })

actors-shown = الجهات الفاعلة المعروضة: { $n } من { $total }

caption-latest = { $negotiation }: المواقف بشأن { $topics }، وفق أحدث ما أُفيد به

caption-as-of = { $negotiation }: المواقف بشأن { $topics }، في { $date }

no-match = لا توجد جهة فاعلة تستوفي هذه المرشِّحات مجتمعةً.

no-match-because = لا توجد جهة فاعلة مطابقة. المرشِّحات التي تستبعد الجميع: { $filters }.

filter-actors = الجهات الفاعلة المختارة

filter-kind = نوع الجهة الفاعلة

filter-group = المجموعة

filter-search = البحث

filter-stance = مرشِّح الموقف

filter-as-of = التاريخ المرجعي

clear-filters = مسح المرشِّحات

on-topic = { $actor } بشأن { $topic }

## Compare

add-actor = إضافة جهة فاعلة

choose-actor = اختر جهة فاعلة…

remove-actor = إزالة { $name }

choose-two = اختر من جهتين إلى أربع جهات فاعلة لمقارنتها جنبًا إلى جنب.

left-out = لا يتسع العرض جنبًا إلى جنب إلا لأربع جهات فاعلة؛ لم تُدرج: { $names }.

comparing = مقارنة { $names }

question-column = المسألة

agreement-column = التوافق

agree = توافق

differ = اختلاف

not-comparable = لا تمكن المقارنة

how-often = مدى التوافق

method = يُحسب على أساس المسائل الواردة أعلاه (كل موضوع وكل مسألة فرعية) التي لكلا الطرفين فيها موقف علني: أي نسبة المسائل التي يتخذان فيها الموقف نفسه. ولا تُحتسب المسألة التي لا يكون لأيٍّ منهما فيها موقف علني.

pair-score = { $n ->
    [zero] { $a } و{ $b }: الموقف نفسه في { $agree } من أصل { $n } مسألة جرت مقارنتها ({ $p }٪)
    [one] { $a } و{ $b }: الموقف نفسه في { $agree } من أصل مسألة واحدة جرت مقارنتها ({ $p }٪)
    [two] { $a } و{ $b }: الموقف نفسه في { $agree } من أصل مسألتين جرت مقارنتهما ({ $p }٪)
    [few] { $a } و{ $b }: الموقف نفسه في { $agree } من أصل { $n } مسائل جرت مقارنتها ({ $p }٪)
    [many] { $a } و{ $b }: الموقف نفسه في { $agree } من أصل { $n } مسألة جرت مقارنتها ({ $p }٪)
   *[other] { $a } و{ $b }: الموقف نفسه في { $agree } من أصل { $n } مسألة جرت مقارنتها ({ $p }٪)
}

pair-none = { $a } و{ $b }: لا توجد مسألة لكليهما فيها موقف علني

who-sides = مَن يقف مع مَن

matrix-overall = التوافق إجمالًا

matrix-topic = التوافق بشأن { $topic }

matrix-none = لا توجد مسألة مشتركة

matrix-cell = { $p }٪ ({ $agree } من { $n })

actors-chosen = الجهات الفاعلة المختارة

## What changed

changed-all = ما تغيّر على مدى المفاوضات بأكملها

changed-since = ما تغيّر منذ { $from }

changed-until = ما تغيّر حتى { $to }

changed-between = ما تغيّر بين { $from } و{ $to }

range-from = من (فارغ: البداية)

range-to = إلى (فارغ: الأحدث)

no-change = لم يُبلَّغ عن أي موقف ولم يتغيّر أي موقف في هذا النطاق.

first-reported = أُفيد به أول مرة على أنه

reports = المصادر

## Timeline

timeline-span = من { $start } إلى { $end }. الأحداث: { $events }. المسارات: { $lanes }.

events = الأحداث

positions-over-time = تطوّر المواقف

changed = تغيّر

no-positions-on = لا موقف علنيًا بشأن المواضيع المعروضة: { $names }.

## Sources

search-sources = البحث في المصادر

sources-shown = المصادر المعروضة: { $n } من { $total }

reports-positions = المواقف التي يفيد بها: { $n }

note = ملاحظة: { $note }

source-news = أخبار

source-ngo = منظمة غير حكومية

source-un = وثيقة من وثائق الأمم المتحدة

source-government = حكومة

source-academic = تحليل

reported-by = أفاد بذلك

certainty-reported = مُبلَّغ عنه: يذكر ذلك مصدر أدناه.

certainty-inferred = مستنتَج، ولم يُبلَّغ عنه مباشرةً: { $basis }.

close = إغلاق

position-gone = لم يعد هذا الموقف موجودًا في مجموعة البيانات.

event-gone = لم يعد هذا الحدث موجودًا في مجموعة البيانات.

date-range = من { $from } إلى { $to }

## Share, embed, print

share-and-export = المشاركة والتصدير

copy-link = نسخ الرابط

embed = تضمين…

download-csv = تنزيل CSV

download-json = تنزيل JSON

print = طباعة

link-copied = نُسخ الرابط.

copy-this-link = انسخ هذا الرابط: { $link }

downloaded = الصفوف المنزَّلة: { $n }.

download-refused = لم يسمح هذا المتصفح بالتنزيل.

open-full-view = فتح العرض الكامل ↗

embed-this-view = تضمين طريقة العرض هذه

embed-title = عنوان لقارئات الشاشة (مطلوب)

embed-iframe = iframe: يعمل في أي مكان ويضبط حجمه تلقائيًا (ومع pym.js أيضًا)

embed-script = نص برمجي: أخف، ويتبع عرض الصفحة؛ ويمكن وضع أكثر من واحد في الصفحة نفسها

preview = معاينة

preview-of = معاينة: { $title }

print-sources = مصادر طريقة العرض هذه

print-online = طريقة العرض هذه على الإنترنت

## Settings

language = اللغة

theme = المظهر

theme-light = فاتح

theme-dark = داكن

theme-auto = تلقائي

## The summary of what a view shows

summary-agree = توافق بشأن { $topics }

summary-differ = اختلاف بشأن { $topics }

summary-unknown = تتعذّر المقارنة بشأن { $topics }

summary-join = { $names }: { $clauses }.

list-and = { $list } و{ $last }

table-summary = الجهات الفاعلة المعروضة: { $n }. { $counts }

topic-counts = { $topic }: { $counts }.

stance-count = { $stance } ({ $n })

no-position-count = بلا موقف علني ({ $n })

settings = إعدادات العرض

## Fetching a dataset, and the panel shown if the widget itself fails

use-bundled = عرض مجموعة البيانات المضمّنة بدلًا من ذلك

fetch-network = فشل الطلب: تعذّر الوصول إلى العنوان، أو أن خادمه لا يسمح للمواقع الأخرى بقراءته (CORS)، أو أن سياسة Content-Security-Policy لهذه الصفحة لا تسمح بالعنوان (connect-src)

fetch-timeout = لم يرد أي رد في غضون { $seconds } ثانية

fetch-status = ردّ الخادم بـ { $status }

fetch-type = أرسل الخادم { $type } وليس JSON؛ هل العنوان صحيح؟

fetch-too-large = حجمها يتجاوز { $limit }، وهو أقصى ما تقرؤه هذه الأداة

fetch-unreadable = تعذّرت قراءة الرد

fetch-redirected = أعاد الخادم توجيهها إلى { $origin }، ولا تحمّل هذه الصفحة مجموعات بيانات من هناك

fetch-too-slow = لم يصل كاملًا خلال { $seconds } ثانية

panic-title = حدث خطأ في هذه الأداة

panic-text = توقفت الأداة عن العمل. وعادةً ما تفيد إعادة التحميل؛ وإن لم تُفد، يُرجى الإبلاغ عن التفاصيل الواردة أدناه.

panic-reload = إعادة التحميل

panic-details = تفاصيل للإبلاغ عنها

show-more = عرض { $n } أخرى (لم يُعرض بعد: { $rest })

and-more = …و{ $n } أخرى؛ اختر جهات فاعلة أو مواضيع لتضييق القائمة.

no-overall = لا موقف من الموضوع ككل؛ وبشأن أجزائه:

## Pictures: strips, the map, embeds' chrome, the timeline's event kinds

strips-label = عدد من يتبنى كل موقف

view-map = خريطة

color-by = التلوين حسب

treaty-status = الوضع إزاء المعاهدة

treaty-ratified = صدّقت أو انضمت

treaty-signed = وقّعت

treaty-neither = لم توقّع ولم تصدّق

map-loading = جارٍ تحميل الخريطة…

map-failed = تعذّر رسم الخريطة: { $reason }. يعرض الجدول أدناه المعلومات نفسها.

map-caption = { $topic }: موقف كل دولة ({ $date })

map-facts = الخريطة في شكل جدول

latest = الأحدث

stance-column = الموقف

date-column = التاريخ

small-states = الدول الصغيرة، مميّزة بدائرة

legend = مفتاح الخريطة

states-shown = { $n ->
    [zero] لا توجد دول على الخريطة
    [one] دولة واحدة على الخريطة، لـ { $known } منها موقف مسجّل
    [two] دولتان على الخريطة، لـ { $known } منهما موقف مسجّل
    [few] { $n } دول على الخريطة، لـ { $known } منها موقف مسجّل
    [many] { $n } دولة على الخريطة، لـ { $known } منها موقف مسجّل
   *[other] { $n } دولة على الخريطة، لـ { $known } منها موقف مسجّل
}

ignored-color = ليس معرّف موضوع ولا treaty

options = عوامل التصفية والإعدادات

download-data = تنزيل البيانات

source-line = المصدر: stances، { $name }

event-resolution = قرار

event-session = دورة

event-vote = تصويت

event-adoption = اعتماد

event-signature = توقيع

event-ratification = تصديق

event-report = تقرير

events-cluster = { $n ->
    [zero] لا أحداث، { $start } – { $end }
    [one] حدث واحد، { $start } – { $end }
    [two] حدثان، { $start } – { $end }
    [few] { $n } أحداث، { $start } – { $end }
    [many] { $n } حدثًا، { $start } – { $end }
   *[other] { $n } حدث، { $start } – { $end }
}

## The treaty record and the classes of sources

ignored-treaty = ليست حالة إزاء المعاهدة (ratified, signed, none)

filter-treaty = الحالة إزاء المعاهدة

treaty-not-signed = لا توقيع مسجّل حتى { $date }

treaty-signed-on = وقّعت في { $date }

treaty-bound-on = صدّقت أو انضمت في { $date }

treaty-domestic = وافقت عليها داخليًا في { $date }؛ لم يُودَع الصك بعد

treaty-record-note = الحالة إزاء المعاهدة: { $note }
treaty-reports = { $actor }: سجل التوقيع والتصديق
action-acceptance = القبول
action-approval = الموافقة
action-accession = الانضمام
action-domestic = موافقة داخلية (لم تُودَع بعد)

class-primary = مصدر أولي

class-press = صحافة

class-civil-society = مجتمع مدني

class-research = بحث

class-weak = مصدر ضعيف، لا يُذكر إلا إلى جانب مصدر آخر

read-at-copy = قُرئ في نسخة

## The articles view

view-articles = المواد

search-articles = البحث برقم المادة أو عنوانها

choose-articles = المواد المعروضة

all-articles = كل المواد

articles-shown = المواد المعروضة: { $n } من { $total }

articles-unknown = غير موجودة في مجموعة البيانات هذه: { $list }

no-articles = لا تتضمن مجموعة البيانات هذه أي مادة من النص المعتمد.

article-number = المادة { $n }

wording-history = كيف تطورت الصياغة

stage-zero-draft = المسودة الأولية

stage-revised-draft = المسودة المنقحة

stage-updated-draft = المسودة المحدثة

stage-adopted = النص المعتمد

recorded-votes = التصويت المسجل

tally-line = { $yes } مؤيدون، { $no } معارضون، { $abstain } ممتنعون

no-tally = لم تُسجَّل نتيجة التصويت

argued-about = المواقف التي تناولتها

none-argued = لا يذكر أي موقف في مجموعة البيانات هذه هذه المادة.

article-sources = المصادر

articles-link = المواد: { $list }

unknown-article = لا توجد مادة كهذه في مجموعة البيانات هذه
