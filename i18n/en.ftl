# Interface texts in English, the reference every other language is checked against.
# Fluent syntax (https://projectfluent.org). { $name } is filled in by the widget; a translation
# keeps every placeholder English has. How to edit, add a language and check: docs/TRANSLATING.md.
# The note above a message says where the text appears.

## Loading and errors

# In the widget's frame: loading, errors, view tabs.
loading = Loading positions…

# In the widget's frame: loading, errors, view tabs.
cannot-show = This dataset cannot be shown

# In the widget's frame: loading, errors, view tabs.
unreachable = The dataset at { $address } could not be loaded: { $reason }.

# In the share, embed and print dialog; the widget's frame: loading, errors, view tabs.
loading-reports = Loading the reports and sources…

# In the widget's frame: loading, errors, view tabs.
reports-failed = The reports and sources could not be loaded from { $address }: { $reason }.

# In the widget's frame: a view whose code loads when it first opens (map, sources, articles).
loading-view = Loading this view…

# In the widget's frame: a view whose code could not be loaded.
view-failed = This view could not be loaded: { $reason }. Reload the page to try again.

# In the widget's frame: loading, errors, view tabs.
has-faults = The dataset at { $address } has faults, so it is not shown. Faults found: { $n }.

# In the widget's frame: loading, errors, view tabs.
more-faults = …and { $n } more.

# In the notice listing the parts of a link that were ignored.
link-ignored = Parts of this link were ignored:

# In the notice listing the parts of a link that were ignored.
dismiss = Dismiss

# In the widget's frame: loading, errors, view tabs.
foreign-dataset = Not the bundled dataset: showing “{ $name }” from { $address }.

## Why part of a link was ignored

# In the notice listing the parts of a link that were ignored.
ignored-view = not a view (table, compare, timeline, sources, map, articles)

# In the notice listing the parts of a link that were ignored.
ignored-id = not a valid id

# In the notice listing the parts of a link that were ignored.
ignored-too-many = too many ids; the rest were ignored

# In the notice listing the parts of a link that were ignored.
ignored-date = not a date (YYYY, YYYY-MM or YYYY-MM-DD)

# In the notice listing the parts of a link that were ignored.
ignored-too-long = longer than 200 characters; cut to 200

# In the notice listing the parts of a link that were ignored.
ignored-pair = not a topic:stance pair

# In the notice listing the parts of a link that were ignored.
ignored-sort = not "name" or a topic id

# In the notice listing the parts of a link that were ignored.
ignored-lang = not one of en, fr, es, ru, zh, ar

# In the notice listing the parts of a link that were ignored.
ignored-theme = not light, dark or auto

# In the notice listing the parts of a link that were ignored.
ignored-embed = not 1 or 0

# In the notice listing the parts of a link that were ignored.
ignored-data = only http(s) addresses and paths on this site can load a dataset

# In the notice listing the parts of a link that were ignored.
ignored-repeated = given more than once; the first is used

# In the notice listing the parts of a link that were ignored.
ignored-range = before the start of the range; the range was ignored

# In the notice listing the parts of a link that were ignored.
ignored-kind = not a kind of actor (state, bloc, organisation, person)

# In the notice listing the parts of a link that were ignored.
ignored-group-id = not a region or group id

# In the notice listing the parts of a link that were ignored.
unknown-actor = no such actor in this dataset

# In the notice listing the parts of a link that were ignored.
unknown-topic = no such topic in this dataset

# In the notice listing the parts of a link that were ignored.
unknown-stance = not a stance on { $topic }

# In the notice listing the parts of a link that were ignored.
unknown-group = no such region or group in this dataset

# In the notice listing the parts of a link that were ignored.
unknown-sort = no such topic; sorted by name

# In the notice listing the parts of a link that were ignored.
foreign-data = datasets from other sites are not loaded here; showing the bundled dataset

# In the notice listing the parts of a link that were ignored.
data-failed = this dataset could not be shown; showing the bundled dataset

# In the notice listing the parts of a link that were ignored.
ignored-link-too-long = the link is longer than { $max } characters; the rest was not read

# In the notice listing the parts of a link that were ignored.
more-notices = …and { $n } more.

## Views and navigation

# In the widget's frame: loading, errors, view tabs.
views = Views

# In the notice listing the parts of a link that were ignored; the table view.
view-table = Table

# In the compare view; the notice listing the parts of a link that were ignored.
view-compare = Compare

# In the timeline view; the notice listing the parts of a link that were ignored.
view-timeline = Timeline

# In the sources view; the notice listing the parts of a link that were ignored.
view-sources = Sources

## Table and filters

# In the filters above a view.
filter-table = Filter the table

# In the filters above a view.
search = Search actors and positions

# In the filters above a view.
topics-shown = Topics shown

# In the filters above a view.
sort-by = Sort by

# In the filters above a view.
sort-name = Name

# In the filters above a view.
as-of = Positions as of (empty: latest)

# In the filters above a view.
kind-of-actor = Kind of actor

# In the filters above a view.
all-kinds = All kinds

# In the filters above a view.
region-or-group = Region or group

# In the filters above a view.
all = All

# In the filters above a view.
topic-stance = { $topic }: stance

# In the filters above a view.
any = Any

# In the table.
kind-state = state

# In the table.
kind-bloc = group of states

# In the table.
kind-organisation = organisation

# In the table.
kind-person = person

# In the table shown before the widget starts; the table view.
actor-column = Actor

# In the table shown before the widget starts; the compare view; the stance strips above the table; the table view.
no-position = No public position found

# In the table view.
inferred = Inferred

# In the notice listing the parts of a link that were ignored.
sources-count = Sources ({ $n })

# In the table shown before the widget starts; the table view.
actors-shown = Actors shown: { $n } of { $total }

# In the table shown before the widget starts; the table view.
caption-latest = { $negotiation }: positions on { $topics }, latest reported

# In the table view.
caption-as-of = { $negotiation }: positions on { $topics }, as of { $date }

# In the table view.
no-match = No actor matches these filters together.

# In the table view.
no-match-because = No actor matches. What leaves nobody: { $filters }.

# In the table view.
filter-actors = the chosen actors

# In the table view.
filter-kind = the kind of actor

# In the table view.
filter-group = the group

# In the table view.
filter-search = the search

# In the table view.
filter-stance = the stance filter

# In the table view.
filter-as-of = the "as of" date

# In the table view.
clear-filters = Clear filters

# In the compare view; the sources view; the table view.
on-topic = { $actor } on { $topic }

## Compare

# In the actor picker.
add-actor = Add an actor

# In the actor picker.
choose-actor = Choose an actor…

# In the actor picker.
remove-actor = Remove { $name }

# In the compare view.
choose-two = Choose two to four actors to compare them side by side.

# In the compare view.
left-out = Only four actors fit side by side; left out: { $names }.

# In the compare view.
comparing = Comparing { $names }

# In the compare view.
question-column = Question

# In the compare view.
agreement-column = Agreement

# In the compare view.
agree = Agree

# In the compare view.
differ = Differ

# In the compare view.
not-comparable = Not comparable

# In the compare view.
how-often = How often they agree

# In the compare view.
method = Counted over the questions above (each topic and each sub-question) on which both have a public position: the share where they hold the same stance. A question where either has no public position counts for neither.

# In the compare view.
pair-score = { $n ->
    [one] { $a } and { $b }: same stance on { $agree } of { $n } question compared ({ $p }%)
   *[other] { $a } and { $b }: same stance on { $agree } of { $n } questions compared ({ $p }%)
}

# In the compare view.
pair-none = { $a } and { $b }: no question where both have a public position

# In the compare view.
who-sides = Who sides with whom

# In the compare view.
matrix-overall = Agreement overall

# In the compare view.
matrix-topic = Agreement on { $topic }

# In the compare view.
matrix-none = no shared question

# In the compare view.
matrix-cell = { $p }% ({ $agree } of { $n })

# In the actor picker.
actors-chosen = Actors chosen

## What changed

# In the compare view.
changed-all = What changed over the whole negotiation

# In the compare view.
changed-since = What changed since { $from }

# In the compare view.
changed-until = What changed until { $to }

# In the compare view.
changed-between = What changed between { $from } and { $to }

# In the compare view.
range-from = From (empty: the start)

# In the compare view.
range-to = To (empty: the latest)

# In the compare view.
no-change = No position reported or changed in this range.

# In the compare view.
first-reported = first reported as

# In the compare view; the sources view; the table view.
reports = reports

## Timeline

# In the timeline view.
timeline-span = From { $start } to { $end }. Events: { $events }. Lanes: { $lanes }.

# In the timeline view.
events = Events

# In the timeline view.
positions-over-time = Positions over time

# In the timeline view.
changed = changed

# In the timeline view.
no-positions-on = No public position on the shown topics: { $names }.

## Sources

# In the sources view.
search-sources = Search sources

# In the sources view.
sources-shown = Sources shown: { $n } of { $total }

# In the sources view.
reports-positions = Positions it reports: { $n }

# In the sources view.
note = Note: { $note }

# In the sources view.
source-news = News

# In the sources view.
source-ngo = NGO

# In the sources view.
source-un = UN document

# In the sources view.
source-government = Government

# In the sources view.
source-academic = Analysis

# In the sources view.
reported-by = Reported by

# In the sources view.
certainty-reported = Reported: a source below says so.

# In the sources view.
certainty-inferred = Inferred, not reported directly: { $basis }.

# In the share, embed and print dialog; the sources view.
close = Close

# In the sources view.
position-gone = This position is no longer in the dataset.

# In the sources view.
event-gone = This event is no longer in the dataset.

# In the sources view.
date-range = { $from } to { $to }

## Share, embed, print

# In the share, embed and print dialog.
share-and-export = Share and export

# In the share, embed and print dialog.
copy-link = Copy link

# In the share, embed and print dialog.
embed = Embed…

# In the share, embed and print dialog.
download-csv = Download CSV

# In the share, embed and print dialog.
download-json = Download JSON

# In the share, embed and print dialog.
print = Print

# In the share, embed and print dialog.
link-copied = Link copied.

# In the share, embed and print dialog.
copy-this-link = Copy this link: { $link }

# In the share, embed and print dialog.
downloaded = Downloaded rows: { $n }.

# In the share, embed and print dialog.
download-refused = This browser did not allow the download.

# In the share, embed and print dialog.
open-full-view = Open the full view ↗

# In the share, embed and print dialog.
embed-this-view = Embed this view

# In the share, embed and print dialog.
embed-title = Title for screen readers (required)

# In the share, embed and print dialog.
embed-iframe = iframe: works anywhere, resizes itself (also with pym.js)

# In the share, embed and print dialog.
embed-script = Script: lighter, follows the page's width; several can share a page

# In the share, embed and print dialog.
preview = Preview

# In the share, embed and print dialog.
preview-of = Preview: { $title }

# In the share, embed and print dialog.
print-sources = Sources for this view

# In the share, embed and print dialog.
print-online = This view online

## Settings

# In the display settings.
language = Language

# In the display settings.
theme = Theme

# In the display settings.
theme-light = Light

# In the display settings.
theme-dark = Dark

# In the display settings.
theme-auto = Automatic

## The summary of what a view shows

# In the summary read out for a view.
summary-agree = they agree on { $topics }

# In the summary read out for a view.
summary-differ = they differ on { $topics }

# In the summary read out for a view.
summary-unknown = no comparison is possible on { $topics }

# In the summary read out for a view.
summary-join = { $names }: { $clauses }.

# In the table.
list-and = { $list } and { $last }

# In the summary read out for a view.
table-summary = Actors shown: { $n }. { $counts }

# In the summary read out for a view.
topic-counts = { $topic }: { $counts }.

# In the summary read out for a view.
stance-count = { $stance } { $n }

# In the summary read out for a view.
no-position-count = no public position { $n }

# In the display settings.
settings = Display settings

## Fetching a dataset, and the panel shown if the widget itself fails

# In the widget's frame: loading, errors, view tabs.
use-bundled = Show the bundled dataset instead

# In the widget's frame: loading, errors, view tabs.
fetch-network = the request failed: the address could not be reached, or its server does not allow other sites to read it (CORS), or this page's Content-Security-Policy does not allow the address (connect-src)

# In the widget's frame: loading, errors, view tabs.
fetch-timeout = no answer within { $seconds } seconds

# In the widget's frame: loading, errors, view tabs.
fetch-status = the server answered { $status }

# In the widget's frame: loading, errors, view tabs.
fetch-type = the server sent { $type }, not JSON; is the address right?

# In the widget's frame: loading, errors, view tabs.
fetch-too-large = it is larger than { $limit }, the most this widget reads

# In the widget's frame: loading, errors, view tabs.
fetch-unreadable = the answer could not be read

# In the widget's frame: loading, errors, view tabs.
fetch-redirected = the server sent it on to { $origin }, which this page does not load datasets from

# In the widget's frame: loading, errors, view tabs.
fetch-too-slow = it did not arrive in full within { $seconds } seconds

# In the panel shown when the widget fails.
panic-title = Something went wrong in this widget

# In the panel shown when the widget fails.
panic-text = It stopped working. Reloading usually helps; if it does not, please report the details below.

# In the panel shown when the widget fails.
panic-reload = Reload

# In the panel shown when the widget fails.
panic-details = Details to report

# In the notice listing the parts of a link that were ignored.
show-more = Show { $n } more (not shown yet: { $rest })

# In the sources view.
and-more = …and { $n } more; choose actors or topics to narrow the list.

# In the table shown before the widget starts; the table view.
no-overall = No position on the topic as a whole; on its parts:

## Pictures: strips, the map, embeds' chrome, the timeline's event kinds

# In the table shown before the widget starts; the stance strips above the table.
strips-label = How many hold each stance

# In the map view; the notice listing the parts of a link that were ignored.
view-map = Map

# In the map view.
color-by = Colour by

# In the table shown before the widget starts; the filters above a view; the table view.
treaty-status = Treaty status

# In a position's report: its sources and certainty.
treaty-ratified = Ratified or joined

# In a position's report: its sources and certainty.
treaty-signed = Signed

# In a position's report: its sources and certainty.
treaty-neither = Neither signed nor ratified

# In the map view.
map-loading = Loading the map…

# In the map view.
map-failed = The map could not be drawn: { $reason }. The table below has the same facts.

# In the map view.
map-caption = { $topic }: each state’s stance ({ $date })

# In the map view.
map-facts = The map as a table

# In the map view.
latest = latest

# In the map view.
stance-column = Stance

# In the map view.
date-column = Date

# In the map view.
small-states = Small states, marked with a circle

# In the map view.
legend = Legend

# In the map view.
states-shown = { $n ->
    [one] { $n } state on the map, { $known } with a position on record
   *[other] { $n } states on the map, { $known } with a position on record
}

# In the notice listing the parts of a link that were ignored.
ignored-color = neither a topic id nor treaty

# In the widget's frame: loading, errors, view tabs.
options = Filters and settings

# In the share, embed and print dialog.
download-data = Download data

# In the share, embed and print dialog.
source-line = Source: stances, { $name }

# In the timeline view.
event-resolution = Resolution

# In the timeline view.
event-session = Session

# In the timeline view.
event-vote = Vote

# In the timeline view.
event-adoption = Adoption

# In the timeline view.
event-signature = Signature

# In the timeline view.
event-ratification = Ratification

# In the timeline view.
event-report = Report

# In the timeline view.
events-cluster = { $n ->
    [one] { $n } event, { $start } – { $end }
   *[other] { $n } events, { $start } – { $end }
}

## The treaty record and the classes of sources

# In the notice listing the parts of a link that were ignored.
ignored-treaty = not a treaty status (ratified, signed, none)

# In the table view.
filter-treaty = the treaty status

# In the table.
treaty-not-signed = No signature on record as of { $date }

# In the table.
treaty-signed-on = Signed { $date }

# In the table.
treaty-bound-on = Ratified or joined { $date }

# In the table shown before the widget starts; a position's report: its sources and certainty.
treaty-domestic = Approved at home { $date }; not yet deposited

# In the table view.
treaty-record-note = Treaty status: { $note }

# In the reports dialog of a state's treaty record (from the map coloured by treaty status, or the table's treaty column).
treaty-reports = { $actor }: signature and ratification record

# In the reports dialog of a state's treaty record: the kinds of treaty action.
action-acceptance = Acceptance

# In the reports dialog of a state's treaty record: the kinds of treaty action.
action-approval = Approval

# In the reports dialog of a state's treaty record: the kinds of treaty action.
action-accession = Accession

# In the reports dialog of a state's treaty record: the kinds of treaty action.
action-domestic = Approval at home (not yet deposited)

# In a position's report: its sources and certainty.
class-primary = Primary source

# In a position's report: its sources and certainty.
class-press = Press

# In a position's report: its sources and certainty.
class-civil-society = Civil society

# In a position's report: its sources and certainty.
class-research = Research

# In a position's report: its sources and certainty.
class-weak = Weak source, shown only beside another

# In a position's report: its sources and certainty.
read-at-copy = Read at a copy

## The articles view

# In several views; the notice listing the parts of a link that were ignored.
view-articles = Articles

# In several views.
search-articles = Search article numbers and headings

# In several views.
choose-articles = Articles shown

# In several views.
all-articles = All articles

# In several views.
articles-shown = Articles shown: { $n } of { $total }

# In several views.
articles-unknown = Not in this dataset: { $list }

# In several views.
no-articles = This dataset records no articles of the adopted text.

# In several views.
article-number = Article { $n }

# In several views.
wording-history = How the wording moved

# In several views.
stage-zero-draft = Zero draft

# In several views.
stage-revised-draft = Revised draft

# In several views.
stage-updated-draft = Updated draft

# In several views.
stage-adopted = Adopted text

# In several views.
recorded-votes = Recorded votes

# In several views.
tally-line = { $yes } in favour, { $no } against, { $abstain } abstentions

# In several views.
no-tally = the tally is not recorded

# In several views.
argued-about = Positions that argued about it

# In several views.
none-argued = No position in this dataset names this article.

# In several views.
article-sources = Sources

# In the sources view.
articles-link = Articles: { $list }

# In the notice listing the parts of a link that were ignored.
unknown-article = no such article in this dataset
