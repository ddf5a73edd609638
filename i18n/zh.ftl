# Interface texts in Chinese, checked against en.ftl.
# Fluent syntax (https://projectfluent.org). { $name } is filled in by the widget; a translation
# keeps every placeholder English has. How to edit, add a language and check: docs/TRANSLATING.md.

## Loading and errors

loading = 正在加载立场…

cannot-show = 无法显示此数据集

unreachable = 无法加载位于 { $address } 的数据集：{ $reason }。

loading-reports = 正在加载报道和来源…

reports-failed = 无法从 { $address } 加载报道和来源：{ $reason }。
loading-view = 正在加载此视图…
view-failed = 无法加载此视图：{ $reason }。请重新加载页面再试。

has-faults = 位于 { $address } 的数据集存在错误，因此不予显示。发现错误：{ $n } 处。

more-faults = ……另有 { $n } 处。

link-ignored = 此链接的部分内容已被忽略：

dismiss = 关闭

foreign-dataset = 非内置数据集：正在显示来自 { $address } 的“{ $name }”。

## Why part of a link was ignored

ignored-view = 不是有效视图（table, compare, timeline, sources, map, articles）

ignored-id = 不是有效的标识符

ignored-too-many = 标识符过多；其余已忽略

ignored-date = 不是日期（YYYY, YYYY-MM 或 YYYY-MM-DD）

ignored-too-long = 超过 200 个字符；已截断为 200 个

ignored-pair = 不是“议题:立场”格式

ignored-sort = 不是 "name" 或议题标识符

ignored-lang = 不是 en, fr, es, ru, zh, ar 之一

ignored-theme = 不是 light, dark 或 auto

ignored-embed = 不是 1 或 0

ignored-data = 只有 http(s) 地址和本网站上的路径可以加载数据集

ignored-repeated = 重复给出；使用第一个

ignored-range = 早于范围起点；已忽略该范围

ignored-kind = 不是行为体类型（state, bloc, organisation, person）

ignored-group-id = 不是区域或集团标识符

unknown-actor = 此数据集中没有该行为体

unknown-topic = 此数据集中没有该议题

unknown-stance = 不是关于{ $topic }的立场

unknown-group = 此数据集中没有该区域或集团

unknown-sort = 没有该议题；按名称排序

foreign-data = 此处不加载其他网站的数据集；正在显示内置数据集

data-failed = 无法显示此数据集；正在显示内置数据集

ignored-link-too-long = 链接超过 { $max } 个字符；其余部分未读取

more-notices = ……另有 { $n } 条。

## Views and navigation

views = 视图

view-table = 表格

view-compare = 比较

view-timeline = 时间线

view-sources = 来源

## Table and filters

filter-table = 筛选表格

search = 搜索行为体和立场

topics-shown = 显示的议题

sort-by = 排序方式

sort-name = 名称

as-of = 截至日期的立场（留空：最新）

kind-of-actor = 行为体类型

all-kinds = 所有类型

region-or-group = 区域或集团

all = 全部

topic-stance = { $topic }：立场

any = 任意

kind-state = 国家

kind-bloc = 国家集团

kind-organisation = 组织

kind-person = 个人

actor-column = 行为体

no-position = 未发现公开立场

inferred = 推断

sources-count = 来源（{ $n }）

actors-shown = 显示的行为体：{ $n }/{ $total }

caption-latest = { $negotiation }：各方关于{ $topics }的最新立场

caption-as-of = { $negotiation }：截至{ $date }各方关于{ $topics }的立场

no-match = 没有同时符合这些筛选条件的行为体。

no-match-because = 没有符合条件的行为体。导致无结果的条件：{ $filters }。

filter-actors = 所选行为体

filter-kind = 行为体类型

filter-group = 集团

filter-search = 搜索

filter-stance = 立场筛选

filter-as-of = 截至日期

clear-filters = 清除筛选

on-topic = { $actor }关于{ $topic }的立场

## Compare

add-actor = 添加行为体

choose-actor = 选择行为体…

remove-actor = 移除{ $name }

choose-two = 选择两至四个行为体进行并排比较。

left-out = 最多只能并排显示四个行为体；未列入：{ $names }。

comparing = 比较：{ $names }

question-column = 问题

agreement-column = 一致性

agree = 一致

differ = 分歧

not-comparable = 无法比较

how-often = 立场一致的频率

method = 依据上述问题（每个议题及每个子问题）中双方均有公开立场的问题计算：即立场相同的问题所占比例。任何一方没有公开立场的问题不计入。

pair-score = { $a }和{ $b }：在比较的 { $n } 个问题中有 { $agree } 个立场相同（{ $p }%）

pair-none = { $a }和{ $b }：没有双方均有公开立场的问题

who-sides = 谁与谁立场一致

matrix-overall = 总体一致性

matrix-topic = 在{ $topic }上的一致性

matrix-none = 无共同问题

matrix-cell = { $p }%（{ $agree }/{ $n }）

actors-chosen = 所选行为体

## What changed

changed-all = 整个谈判期间的变化

changed-since = { $from }以来的变化

changed-until = 截至{ $to }的变化

changed-between = { $from }至{ $to }期间的变化

range-from = 起始（留空：从头开始）

range-to = 截止（留空：最新）

no-change = 此期间内没有报道或改变的立场。

first-reported = 首次报道为

reports = 来源

## Timeline

timeline-span = { $start }至{ $end }。事件：{ $events }。行：{ $lanes }。

events = 事件

positions-over-time = 立场变化

changed = 已改变

no-positions-on = 在所显示的议题上没有公开立场：{ $names }。

## Sources

search-sources = 搜索来源

sources-shown = 显示的来源：{ $n }/{ $total }

reports-positions = 报道的立场：{ $n }

note = 注：{ $note }

source-news = 新闻

source-ngo = 非政府组织

source-un = 联合国文件

source-government = 政府

source-academic = 分析

reported-by = 报道来源

certainty-reported = 有报道：见下方来源。

certainty-inferred = 推断所得，无直接报道：{ $basis }。

close = 关闭

position-gone = 此立场已不在数据集中。

event-gone = 此事件已不在数据集中。

date-range = { $from }至{ $to }

## Share, embed, print

share-and-export = 分享和导出

copy-link = 复制链接

embed = 嵌入…

download-csv = 下载 CSV

download-json = 下载 JSON

print = 打印

link-copied = 链接已复制。

copy-this-link = 请复制此链接：{ $link }

downloaded = 已下载行数：{ $n }。

download-refused = 此浏览器不允许下载。

open-full-view = 打开完整视图 ↗

embed-this-view = 嵌入此视图

embed-title = 供屏幕阅读器使用的标题（必填）

embed-iframe = iframe：适用于任何网站，可自动调整大小（也支持 pym.js）

embed-script = 脚本：更轻量，随页面宽度变化；同一页面可嵌入多个

preview = 预览

preview-of = 预览：{ $title }

print-sources = 此视图的来源

print-online = 此视图的在线版本

## Settings

language = 语言

theme = 外观

theme-light = 浅色

theme-dark = 深色

theme-auto = 自动

## The summary of what a view shows

summary-agree = 在{ $topics }上立场一致

summary-differ = 在{ $topics }上存在分歧

summary-unknown = 在{ $topics }上无法比较

summary-join = { $names }：{ $clauses }。

list-and = { $list }和{ $last }

table-summary = 显示的行为体：{ $n }。{ $counts }

topic-counts = { $topic }：{ $counts }。

stance-count = { $stance }（{ $n }）

no-position-count = 无公开立场（{ $n }）

settings = 显示设置

## Fetching a dataset, and the panel shown if the widget itself fails

use-bundled = 改为显示内置数据集

fetch-network = 请求失败：无法访问该地址，或其服务器不允许其他网站读取（CORS），或本页面的 Content-Security-Policy 不允许该地址（connect-src）

fetch-timeout = { $seconds } 秒内无响应

fetch-status = 服务器返回 { $status }

fetch-type = 服务器发送的是 { $type }，而不是 JSON；地址是否正确？

fetch-too-large = 大小超过 { $limit }，即本小组件可读取的上限

fetch-unreadable = 无法读取响应

fetch-redirected = 服务器将其重定向到 { $origin }，本页面不从该处加载数据集

fetch-too-slow = 未能在 { $seconds } 秒内完整送达

panic-title = 此小组件出现问题

panic-text = 小组件已停止工作。重新加载通常可以解决；如仍无效，请报告以下详细信息。

panic-reload = 重新加载

panic-details = 需报告的详细信息

show-more = 再显示 { $n } 个（尚未显示：{ $rest }）

and-more = ……另有 { $n } 个；请选择行为体或议题以缩小列表范围。

no-overall = 对该议题整体无立场；对其各部分：

## Pictures: strips, the map, embeds' chrome, the timeline's event kinds

strips-label = 持各立场者的数量

view-map = 地图

color-by = 着色依据

treaty-status = 条约状态

treaty-ratified = 已批准或加入

treaty-signed = 已签署

treaty-neither = 未签署也未批准

map-loading = 正在加载地图…

map-failed = 无法绘制地图：{ $reason }。下表列有相同信息。

map-caption = { $topic }：各国立场（{ $date }）

map-facts = 以表格显示地图

latest = 最新

stance-column = 立场

date-column = 日期

small-states = 小国以圆圈标示

legend = 图例

states-shown = 地图上有 { $n } 个国家，其中 { $known } 个有记录在案的立场

ignored-color = 既不是主题标识也不是 treaty

options = 筛选与设置

download-data = 下载数据

source-line = 来源：stances，{ $name }

event-resolution = 决议

event-session = 会议

event-vote = 表决

event-adoption = 通过

event-signature = 签署

event-ratification = 批准

event-report = 报告

events-cluster = { $n } 个事件，{ $start } – { $end }

## The treaty record and the classes of sources

ignored-treaty = 不是条约状态（ratified, signed, none）

filter-treaty = 条约状态

treaty-not-signed = 截至 { $date } 无签署记录

treaty-signed-on = { $date } 签署

treaty-bound-on = { $date } 批准或加入

treaty-domestic = { $date } 国内批准；尚未交存

treaty-record-note = 条约状态：{ $note }
treaty-reports = { $actor }：签署和批准记录
action-acceptance = 接受
action-approval = 核准
action-accession = 加入
action-domestic = 国内批准（尚未交存）

class-primary = 第一手来源

class-press = 新闻媒体

class-civil-society = 公民社会

class-research = 研究

class-weak = 薄弱来源，仅与其他来源并列引用

read-at-copy = 阅读的是副本

## The articles view

view-articles = 条款

search-articles = 按条款编号或标题搜索

choose-articles = 显示的条款

all-articles = 全部条款

articles-shown = 显示条款：{ $n }/{ $total }

articles-unknown = 本数据集中没有：{ $list }

no-articles = 本数据集未收录通过文本的条款。

article-number = 第{ $n }条

wording-history = 措辞的演变

stage-zero-draft = 零号草案

stage-revised-draft = 订正草案

stage-updated-draft = 更新草案

stage-adopted = 通过的文本

recorded-votes = 记录表决

tally-line = { $yes }票赞成，{ $no }票反对，{ $abstain }票弃权

no-tally = 未记录票数

argued-about = 就此条款表明的立场

none-argued = 本数据集中没有立场提及此条款。

article-sources = 来源

articles-link = 条款：{ $list }

unknown-article = 本数据集中没有此条款
