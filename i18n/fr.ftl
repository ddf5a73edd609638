# Interface texts in French, checked against en.ftl.
# Fluent syntax (https://projectfluent.org). { $name } is filled in by the widget; a translation
# keeps every placeholder English has. How to edit, add a language and check: docs/TRANSLATING.md.

## Loading and errors

loading = Chargement des positions…

cannot-show = Impossible d’afficher ce jeu de données

unreachable = Le jeu de données situé à l’adresse { $address } n’a pas pu être chargé : { $reason }.

loading-reports = Chargement des comptes rendus et des sources…

reports-failed = Les comptes rendus et les sources n’ont pas pu être chargés depuis { $address } : { $reason }.
loading-view = Chargement de cette vue…
view-failed = Cette vue n’a pas pu être chargée : { $reason }. Rechargez la page pour réessayer.

has-faults = Le jeu de données situé à l’adresse { $address } comporte des erreurs et n’est donc pas affiché. Erreurs relevées : { $n }.

more-faults = … et { $n } de plus.

link-ignored = Certaines parties de ce lien ont été ignorées :

dismiss = Masquer

foreign-dataset = Il ne s’agit pas du jeu de données intégré : affichage de « { $name } » depuis { $address }.

## Why part of a link was ignored

ignored-view = n’est pas une vue (table, compare, timeline, sources, map, articles)

ignored-id = identifiant non valide

ignored-too-many = trop d’identifiants ; les suivants ont été ignorés

ignored-date = n’est pas une date (YYYY, YYYY-MM ou YYYY-MM-DD)

ignored-too-long = plus de 200 caractères ; tronqué à 200

ignored-pair = n’est pas une paire thème:position

ignored-sort = ni "name" ni un identifiant de thème

ignored-lang = n’est pas l’une des valeurs en, fr, es, ru, zh, ar

ignored-theme = ni light, ni dark, ni auto

ignored-embed = ni 1 ni 0

ignored-data = seules les adresses http(s) et les chemins de ce site peuvent charger un jeu de données

ignored-repeated = indiqué plusieurs fois ; seule la première valeur est retenue

ignored-range = antérieure au début de la période ; la période a été ignorée

ignored-kind = n’est pas un type d’acteur (state, bloc, organisation, person)

ignored-group-id = n’est pas un identifiant de région ou de groupe

unknown-actor = acteur absent de ce jeu de données

unknown-topic = thème absent de ce jeu de données

unknown-stance = n’est pas une position sur le thème { $topic }

unknown-group = région ou groupe absent de ce jeu de données

unknown-sort = thème inconnu ; tri par nom

foreign-data = les jeux de données d’autres sites ne sont pas chargés ici ; affichage du jeu de données intégré

data-failed = ce jeu de données n’a pas pu être affiché ; affichage du jeu de données intégré

ignored-link-too-long = le lien dépasse { $max } caractères ; la suite n’a pas été lue

more-notices = … et { $n } de plus.

## Views and navigation

views = Vues

view-table = Tableau

view-compare = Comparer

view-timeline = Chronologie

view-sources = Sources

## Table and filters

filter-table = Filtrer le tableau

search = Rechercher des acteurs et des positions

topics-shown = Thèmes affichés

sort-by = Trier par

sort-name = Nom

as-of = Positions à la date du (vide : les plus récentes)

kind-of-actor = Type d’acteur

all-kinds = Tous les types

region-or-group = Région ou groupe

all = Tous

topic-stance = { $topic } : position

any = Toutes

kind-state = État

kind-bloc = groupe d’États

kind-organisation = organisation

kind-person = personne

actor-column = Acteur

no-position = Aucune position publique trouvée

inferred = Déduite

sources-count = Sources ({ $n })

actors-shown = Acteurs affichés : { $n } sur { $total }

caption-latest = { $negotiation } : positions sur { $topics }, les plus récentes

caption-as-of = { $negotiation } : positions sur { $topics }, à la date du { $date }

no-match = Aucun acteur ne répond à l’ensemble de ces filtres.

no-match-because = Aucun acteur ne correspond. Filtres qui excluent tous les acteurs : { $filters }.

filter-actors = les acteurs choisis

filter-kind = le type d’acteur

filter-group = le groupe

filter-search = la recherche

filter-stance = le filtre de position

filter-as-of = la date de référence

clear-filters = Effacer les filtres

on-topic = { $actor } sur { $topic }

## Compare

add-actor = Ajouter un acteur

choose-actor = Choisir un acteur…

remove-actor = Retirer { $name }

choose-two = Choisissez de deux à quatre acteurs pour les comparer côte à côte.

left-out = Seuls quatre acteurs peuvent figurer côte à côte ; non retenus : { $names }.

comparing = Comparaison : { $names }

question-column = Question

agreement-column = Concordance

agree = Accord

differ = Désaccord

not-comparable = Non comparable

how-often = Taux de concordance

method = Calculé sur les questions ci-dessus (chaque thème et chaque sous-question) sur lesquelles les deux acteurs ont une position publique : proportion de celles où ils ont la même position. Une question sur laquelle l’un ou l’autre n’a pas de position publique n’est pas prise en compte.

pair-score = { $n ->
    [one] { $a } et { $b } : même position sur { $agree } sur { $n } question comparée ({ $p } %)
    [many] { $a } et { $b } : même position sur { $agree } des { $n } de questions comparées ({ $p } %)
   *[other] { $a } et { $b } : même position sur { $agree } des { $n } questions comparées ({ $p } %)
}

pair-none = { $a } et { $b } : aucune question sur laquelle tous deux ont une position publique

who-sides = Qui se range aux côtés de qui

matrix-overall = Concordance globale

matrix-topic = Concordance sur le thème { $topic }

matrix-none = aucune question commune

matrix-cell = { $p } % ({ $agree } sur { $n })

actors-chosen = Acteurs choisis

## What changed

changed-all = Évolutions sur l’ensemble de la négociation

changed-since = Évolutions depuis { $from }

changed-until = Évolutions jusqu’à { $to }

changed-between = Évolutions entre { $from } et { $to }

range-from = Du (vide : depuis le début)

range-to = Au (vide : jusqu’aux plus récentes)

no-change = Aucune position signalée ni modifiée au cours de cette période.

first-reported = première mention :

reports = sources

## Timeline

timeline-span = Période : { $start } – { $end }. Événements : { $events }. Lignes : { $lanes }.

events = Événements

positions-over-time = Évolution des positions

changed = modifiée

no-positions-on = Aucune position publique sur les thèmes affichés : { $names }.

## Sources

search-sources = Rechercher dans les sources

sources-shown = Sources affichées : { $n } sur { $total }

reports-positions = Positions signalées : { $n }

note = Note : { $note }

source-news = Presse

source-ngo = ONG

source-un = Document de l’ONU

source-government = Gouvernement

source-academic = Analyse

reported-by = Signalé par

certainty-reported = Signalée : une source ci-dessous l’indique.

certainty-inferred = Déduite, non signalée directement : { $basis }.

close = Fermer

position-gone = Cette position ne figure plus dans le jeu de données.

event-gone = Cet événement ne figure plus dans le jeu de données.

date-range = { $from } – { $to }

## Share, embed, print

share-and-export = Partager et exporter

copy-link = Copier le lien

embed = Intégrer…

download-csv = Télécharger en CSV

download-json = Télécharger en JSON

print = Imprimer

link-copied = Lien copié.

copy-this-link = Copiez ce lien : { $link }

downloaded = Lignes téléchargées : { $n }.

download-refused = Ce navigateur n’a pas autorisé le téléchargement.

open-full-view = Ouvrir la vue complète ↗

embed-this-view = Intégrer cette vue

embed-title = Titre pour les lecteurs d’écran (obligatoire)

embed-iframe = iframe : fonctionne partout, s’ajuste d’elle-même (y compris avec pym.js)

embed-script = Script : plus léger, suit la largeur de la page ; plusieurs peuvent coexister sur une même page

preview = Aperçu

preview-of = Aperçu : { $title }

print-sources = Sources de cette vue

print-online = Cette vue en ligne

## Settings

language = Langue

theme = Apparence

theme-light = Claire

theme-dark = Sombre

theme-auto = Automatique

## The summary of what a view shows

summary-agree = accord sur { $topics }

summary-differ = désaccord sur { $topics }

summary-unknown = comparaison impossible sur { $topics }

summary-join = { $names } : { $clauses }.

list-and = { $list } et { $last }

table-summary = Acteurs affichés : { $n }. { $counts }

topic-counts = { $topic } : { $counts }.

stance-count = { $stance } ({ $n })

no-position-count = sans position publique ({ $n })

settings = Paramètres d’affichage

## Fetching a dataset, and the panel shown if the widget itself fails

use-bundled = Afficher plutôt le jeu de données intégré

fetch-network = la requête a échoué : l’adresse est injoignable, ou son serveur n’autorise pas d’autres sites à la lire (CORS), ou la Content-Security-Policy de cette page n’autorise pas l’adresse (connect-src)

fetch-timeout = aucune réponse dans un délai de { $seconds } secondes

fetch-status = le serveur a répondu { $status }

fetch-type = le serveur a envoyé { $type } et non du JSON ; l’adresse est-elle correcte ?

fetch-too-large = il dépasse { $limit }, la taille maximale que ce widget peut lire

fetch-unreadable = la réponse est illisible

fetch-redirected = le serveur l’a renvoyé vers { $origin }, d’où cette page ne charge pas de jeux de données

fetch-too-slow = il n’est pas arrivé en entier en { $seconds } secondes

panic-title = Un problème est survenu dans ce widget

panic-text = Il a cessé de fonctionner. Un rechargement suffit généralement ; sinon, merci de signaler les détails ci-dessous.

panic-reload = Recharger

panic-details = Détails à signaler

show-more = Afficher { $n } de plus (non encore affichés : { $rest })

and-more = … et { $n } de plus ; choisissez des acteurs ou des thèmes pour restreindre la liste.

no-overall = Aucune position sur le thème dans son ensemble ; sur ses volets :

## Pictures: strips, the map, embeds' chrome, the timeline's event kinds

strips-label = Combien défendent chaque position

view-map = Carte

color-by = Colorer selon

treaty-status = Statut à l’égard du traité

treaty-ratified = Ratifié ou adhéré

treaty-signed = Signé

treaty-neither = Ni signé ni ratifié

map-loading = Chargement de la carte…

map-failed = La carte n’a pas pu être dessinée : { $reason }. Le tableau ci-dessous donne les mêmes informations.

map-caption = { $topic } : la position de chaque État ({ $date })

map-facts = La carte sous forme de tableau

latest = dernières positions

stance-column = Position

date-column = Date

small-states = Petits États, signalés par un cercle

legend = Légende

states-shown = { $n ->
    [one] { $n } État sur la carte, dont { $known } avec une position connue
    [many] { $n } d’États sur la carte, dont { $known } avec une position connue
   *[other] { $n } États sur la carte, dont { $known } avec une position connue
}

ignored-color = ni un identifiant de thème ni treaty

options = Filtres et réglages

download-data = Télécharger les données

source-line = Source : stances, { $name }

event-resolution = Résolution

event-session = Session

event-vote = Vote

event-adoption = Adoption

event-signature = Signature

event-ratification = Ratification

event-report = Rapport

events-cluster = { $n ->
    [one] { $n } événement, { $start } – { $end }
    [many] { $n } d’événements, { $start } – { $end }
   *[other] { $n } événements, { $start } – { $end }
}

## The treaty record and the classes of sources

ignored-treaty = n’est pas un statut à l’égard du traité (ratified, signed, none)

filter-treaty = le statut à l’égard du traité

treaty-not-signed = Aucune signature enregistrée au { $date }

treaty-signed-on = Signé le { $date }

treaty-bound-on = Ratifié ou adhéré le { $date }

treaty-domestic = Approuvé au niveau national le { $date } ; instrument non encore déposé

treaty-record-note = Statut à l’égard du traité : { $note }
treaty-reports = { $actor } : signature et ratification
action-acceptance = Acceptation
action-approval = Approbation
action-accession = Adhésion
action-domestic = Approbation nationale (pas encore déposée)

class-primary = Source primaire

class-press = Presse

class-civil-society = Société civile

class-research = Recherche

class-weak = Source faible, citée seulement à côté d’une autre

read-at-copy = Lu sur une copie

## The articles view

view-articles = Articles

search-articles = Rechercher un numéro ou un titre d’article

choose-articles = Articles affichés

all-articles = Tous les articles

articles-shown = Articles affichés : { $n } sur { $total }

articles-unknown = Absents de ce jeu de données : { $list }

no-articles = Ce jeu de données ne contient aucun article du texte adopté.

article-number = Article { $n }

wording-history = Évolution du libellé

stage-zero-draft = Avant-projet

stage-revised-draft = Projet révisé

stage-updated-draft = Projet actualisé

stage-adopted = Texte adopté

recorded-votes = Votes enregistrés

tally-line = { $yes } pour, { $no } contre, { $abstain } abstentions

no-tally = le décompte n’est pas enregistré

argued-about = Positions qui en ont débattu

none-argued = Aucune position de ce jeu de données ne cite cet article.

article-sources = Sources

articles-link = Articles : { $list }

unknown-article = aucun article de ce nom dans ce jeu de données
