# Interface texts in Spanish, checked against en.ftl.
# Fluent syntax (https://projectfluent.org). { $name } is filled in by the widget; a translation
# keeps every placeholder English has. How to edit, add a language and check: docs/TRANSLATING.md.

## Loading and errors

loading = Cargando posiciones…

cannot-show = No se puede mostrar este conjunto de datos

unreachable = No se pudo cargar el conjunto de datos de { $address }: { $reason }.

loading-reports = Cargando los informes y las fuentes…

reports-failed = No se pudieron cargar los informes y las fuentes desde { $address }: { $reason }.
loading-view = Cargando esta vista…
view-failed = No se pudo cargar esta vista: { $reason }. Vuelva a cargar la página para intentarlo de nuevo.

has-faults = El conjunto de datos de { $address } contiene errores, por lo que no se muestra. Errores encontrados: { $n }.

more-faults = …y { $n } más.

link-ignored = Se omitieron partes de este enlace:

dismiss = Descartar

foreign-dataset = No es el conjunto de datos incluido: se muestra «{ $name }» de { $address }.

## Why part of a link was ignored

ignored-view = no es una vista (table, compare, timeline, sources, map, articles)

ignored-id = no es un identificador válido

ignored-too-many = demasiados identificadores; se omitió el resto

ignored-date = no es una fecha (YYYY, YYYY-MM o YYYY-MM-DD)

ignored-too-long = más de 200 caracteres; se recortó a 200

ignored-pair = no es un par tema:postura

ignored-sort = no es "name" ni un identificador de tema

ignored-lang = no es ninguno de en, fr, es, ru, zh, ar

ignored-theme = no es light, dark ni auto

ignored-embed = no es 1 ni 0

ignored-data = solo las direcciones http(s) y las rutas de este sitio pueden cargar un conjunto de datos

ignored-repeated = se indicó más de una vez; se usa el primero

ignored-range = anterior al inicio del intervalo; se omitió el intervalo

ignored-kind = no es un tipo de actor (state, bloc, organisation, person)

ignored-group-id = no es un identificador de región o grupo

unknown-actor = ese actor no figura en este conjunto de datos

unknown-topic = ese tema no figura en este conjunto de datos

unknown-stance = no es una postura sobre { $topic }

unknown-group = esa región o grupo no figura en este conjunto de datos

unknown-sort = ese tema no existe; se ordena por nombre

foreign-data = aquí no se cargan conjuntos de datos de otros sitios; se muestra el conjunto de datos incluido

data-failed = no se pudo mostrar este conjunto de datos; se muestra el conjunto de datos incluido

ignored-link-too-long = el enlace supera los { $max } caracteres; el resto no se leyó

more-notices = …y { $n } más.

## Views and navigation

views = Vistas

view-table = Tabla

view-compare = Comparar

view-timeline = Cronología

view-sources = Fuentes

## Table and filters

filter-table = Filtrar la tabla

search = Buscar actores y posiciones

topics-shown = Temas mostrados

sort-by = Ordenar por

sort-name = Nombre

as-of = Posiciones a fecha de (vacío: las más recientes)

kind-of-actor = Tipo de actor

all-kinds = Todos los tipos

region-or-group = Región o grupo

all = Todos

topic-stance = { $topic }: postura

any = Cualquiera

kind-state = Estado

kind-bloc = grupo de Estados

kind-organisation = organización

kind-person = persona

actor-column = Actor

no-position = No se encontró ninguna posición pública

inferred = Inferida

sources-count = Fuentes ({ $n })

actors-shown = Actores mostrados: { $n } de { $total }

caption-latest = { $negotiation }: posiciones sobre { $topics }, las más recientes

caption-as-of = { $negotiation }: posiciones sobre { $topics }, a { $date }

no-match = Ningún actor cumple todos estos filtros a la vez.

no-match-because = Ningún actor coincide. Filtros que excluyen a todos: { $filters }.

filter-actors = los actores elegidos

filter-kind = el tipo de actor

filter-group = el grupo

filter-search = la búsqueda

filter-stance = el filtro de postura

filter-as-of = la fecha de referencia

clear-filters = Borrar filtros

on-topic = { $actor } sobre { $topic }

## Compare

add-actor = Añadir un actor

choose-actor = Elegir un actor…

remove-actor = Quitar { $name }

choose-two = Elija entre dos y cuatro actores para compararlos en paralelo.

left-out = Solo caben cuatro actores en paralelo; se omitieron: { $names }.

comparing = Comparación: { $names }

question-column = Cuestión

agreement-column = Coincidencia

agree = Coinciden

differ = Difieren

not-comparable = No comparable

how-often = Grado de coincidencia

method = Calculado sobre las cuestiones anteriores (cada tema y cada subcuestión) en las que ambos tienen una posición pública: proporción de aquellas en las que mantienen la misma postura. Las cuestiones en las que alguno de los dos carece de posición pública no se tienen en cuenta.

pair-score = { $n ->
    [one] { $a } y { $b }: misma postura en { $agree } de { $n } cuestión comparada ({ $p } %)
    [many] { $a } y { $b }: misma postura en { $agree } de { $n } de cuestiones comparadas ({ $p } %)
   *[other] { $a } y { $b }: misma postura en { $agree } de { $n } cuestiones comparadas ({ $p } %)
}

pair-none = { $a } y { $b }: ninguna cuestión en la que ambos tengan una posición pública

who-sides = Quién se alinea con quién

matrix-overall = Coincidencia general

matrix-topic = Coincidencia sobre { $topic }

matrix-none = ninguna cuestión común

matrix-cell = { $p } % ({ $agree } de { $n })

actors-chosen = Actores elegidos

## What changed

changed-all = Cambios a lo largo de toda la negociación

changed-since = Cambios desde { $from }

changed-until = Cambios hasta { $to }

changed-between = Cambios entre { $from } y { $to }

range-from = Desde (vacío: el inicio)

range-to = Hasta (vacío: lo más reciente)

no-change = No se comunicó ni cambió ninguna posición en este intervalo.

first-reported = comunicada por primera vez como

reports = fuentes

## Timeline

timeline-span = De { $start } a { $end }. Acontecimientos: { $events }. Filas: { $lanes }.

events = Acontecimientos

positions-over-time = Evolución de las posiciones

changed = cambió

no-positions-on = Sin posición pública sobre los temas mostrados: { $names }.

## Sources

search-sources = Buscar fuentes

sources-shown = Fuentes mostradas: { $n } de { $total }

reports-positions = Posiciones que comunica: { $n }

note = Nota: { $note }

source-news = Prensa

source-ngo = ONG

source-un = Documento de las Naciones Unidas

source-government = Gobierno

source-academic = Análisis

reported-by = Según

certainty-reported = Comunicada: lo indica una de las fuentes siguientes.

certainty-inferred = Inferida, no comunicada directamente: { $basis }.

close = Cerrar

position-gone = Esta posición ya no figura en el conjunto de datos.

event-gone = Este acontecimiento ya no figura en el conjunto de datos.

date-range = { $from } a { $to }

## Share, embed, print

share-and-export = Compartir y exportar

copy-link = Copiar enlace

embed = Insertar…

download-csv = Descargar CSV

download-json = Descargar JSON

print = Imprimir

link-copied = Enlace copiado.

copy-this-link = Copie este enlace: { $link }

downloaded = Filas descargadas: { $n }.

download-refused = Este navegador no permitió la descarga.

open-full-view = Abrir la vista completa ↗

embed-this-view = Insertar esta vista

embed-title = Título para lectores de pantalla (obligatorio)

embed-iframe = iframe: funciona en cualquier sitio y ajusta su propio tamaño (también con pym.js)

embed-script = Script: más ligero, se adapta al ancho de la página; puede haber varios en una misma página

preview = Vista previa

preview-of = Vista previa: { $title }

print-sources = Fuentes de esta vista

print-online = Esta vista en línea

## Settings

language = Idioma

theme = Apariencia

theme-light = Clara

theme-dark = Oscura

theme-auto = Automática

## The summary of what a view shows

summary-agree = coinciden sobre { $topics }

summary-differ = difieren sobre { $topics }

summary-unknown = no es posible compararlos sobre { $topics }

summary-join = { $names }: { $clauses }.

list-and = { $list } y { $last }

table-summary = Actores mostrados: { $n }. { $counts }

topic-counts = { $topic }: { $counts }.

stance-count = { $stance } ({ $n })

no-position-count = sin posición pública ({ $n })

settings = Opciones de visualización

## Fetching a dataset, and the panel shown if the widget itself fails

use-bundled = Mostrar en su lugar el conjunto de datos incluido

fetch-network = la solicitud falló: no se pudo acceder a la dirección o su servidor no permite que otros sitios la lean (CORS), o la Content-Security-Policy de esta página no permite la dirección (connect-src)

fetch-timeout = sin respuesta en { $seconds } segundos

fetch-status = el servidor respondió { $status }

fetch-type = el servidor envió { $type }, no JSON; ¿es correcta la dirección?

fetch-too-large = supera { $limit }, el máximo que lee este widget

fetch-unreadable = no se pudo leer la respuesta

fetch-redirected = el servidor lo redirigió a { $origin }, desde donde esta página no carga conjuntos de datos

fetch-too-slow = no llegó completo en { $seconds } segundos

panic-title = Se produjo un error en este widget

panic-text = Dejó de funcionar. Suele bastar con volver a cargar la página; si no, comunique los detalles que figuran a continuación.

panic-reload = Volver a cargar

panic-details = Detalles que deben comunicarse

show-more = Mostrar { $n } más (aún sin mostrar: { $rest })

and-more = …y { $n } más; elija actores o temas para acotar la lista.

no-overall = Sin posición sobre el tema en su conjunto; sobre sus partes:

## Pictures: strips, the map, embeds' chrome, the timeline's event kinds

strips-label = Cuántos sostienen cada posición

view-map = Mapa

color-by = Colorear según

treaty-status = Situación respecto del tratado

treaty-ratified = Ratificado o adherido

treaty-signed = Firmado

treaty-neither = Ni firmado ni ratificado

map-loading = Cargando el mapa…

map-failed = No se pudo dibujar el mapa: { $reason }. La tabla de abajo tiene los mismos datos.

map-caption = { $topic }: la posición de cada Estado ({ $date })

map-facts = El mapa como tabla

latest = últimas posiciones

stance-column = Posición

date-column = Fecha

small-states = Estados pequeños, señalados con un círculo

legend = Leyenda

states-shown = { $n ->
    [one] { $n } Estado en el mapa, { $known } con una posición registrada
    [many] { $n } de Estados en el mapa, { $known } con una posición registrada
   *[other] { $n } Estados en el mapa, { $known } con una posición registrada
}

ignored-color = ni un identificador de tema ni treaty

options = Filtros y ajustes

download-data = Descargar los datos

source-line = Fuente: stances, { $name }

event-resolution = Resolución

event-session = Período de sesiones

event-vote = Votación

event-adoption = Aprobación

event-signature = Firma

event-ratification = Ratificación

event-report = Informe

events-cluster = { $n ->
    [one] { $n } acontecimiento, { $start } – { $end }
    [many] { $n } de acontecimientos, { $start } – { $end }
   *[other] { $n } acontecimientos, { $start } – { $end }
}

## The treaty record and the classes of sources

ignored-treaty = no es un estado respecto del tratado (ratified, signed, none)

filter-treaty = el estado respecto del tratado

treaty-not-signed = Sin firma registrada al { $date }

treaty-signed-on = Firmado el { $date }

treaty-bound-on = Ratificado o adherido el { $date }

treaty-domestic = Aprobado en el ámbito nacional el { $date }; instrumento aún no depositado

treaty-record-note = Estado respecto del tratado: { $note }
treaty-reports = { $actor }: firma y ratificación
action-acceptance = Aceptación
action-approval = Aprobación
action-accession = Adhesión
action-domestic = Aprobación interna (aún no depositada)

class-primary = Fuente primaria

class-press = Prensa

class-civil-society = Sociedad civil

class-research = Investigación

class-weak = Fuente débil, citada solo junto a otra

read-at-copy = Leído en una copia

## The articles view

view-articles = Artículos

search-articles = Buscar por número o epígrafe de artículo

choose-articles = Artículos mostrados

all-articles = Todos los artículos

articles-shown = Artículos mostrados: { $n } de { $total }

articles-unknown = No están en este conjunto de datos: { $list }

no-articles = Este conjunto de datos no recoge artículos del texto aprobado.

article-number = Artículo { $n }

wording-history = Cómo cambió la redacción

stage-zero-draft = Borrador cero

stage-revised-draft = Borrador revisado

stage-updated-draft = Borrador actualizado

stage-adopted = Texto aprobado

recorded-votes = Votaciones registradas

tally-line = { $yes } a favor, { $no } en contra, { $abstain } abstenciones

no-tally = el recuento no consta

argued-about = Posiciones que lo debatieron

none-argued = Ninguna posición de este conjunto de datos cita este artículo.

article-sources = Fuentes

articles-link = Artículos: { $list }

unknown-article = no existe ese artículo en este conjunto de datos
