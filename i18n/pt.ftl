# Interface texts in Portuguese (Brazil), checked against en.ftl. Not yet reviewed by a second
# speaker: built only with the `pt` feature (docs/TRANSLATING.md, "Add a language").

## Loading and errors

loading = Carregando posições…

cannot-show = Este conjunto de dados não pode ser exibido

unreachable = Não foi possível carregar o conjunto de dados em { $address }: { $reason }.

loading-reports = Carregando os relatos e as fontes…

reports-failed = Não foi possível carregar os relatos e as fontes de { $address }: { $reason }.
loading-view = A carregar esta vista…
view-failed = Não foi possível carregar esta vista: { $reason }. Recarregue a página para tentar de novo.

has-faults = O conjunto de dados em { $address } tem erros e por isso não é exibido. Erros encontrados: { $n }.

more-faults = …e mais { $n }.

link-ignored = Partes deste link foram ignoradas:

dismiss = Fechar aviso

foreign-dataset = Não é o conjunto de dados incluído: exibindo “{ $name }” de { $address }.

## Why part of a link was ignored

ignored-view = não é uma visualização (table, compare, timeline, sources)

ignored-id = não é um identificador válido

ignored-too-many = identificadores demais; os restantes foram ignorados

ignored-date = não é uma data (YYYY, YYYY-MM ou YYYY-MM-DD)

ignored-too-long = mais de 200 caracteres; cortado em 200

ignored-pair = não é um par tema:posição

ignored-sort = não é "name" nem o identificador de um tema

ignored-lang = não é um destes: en, fr, es, ru, zh, ar

ignored-theme = não é light, dark nem auto

ignored-embed = não é 1 nem 0

ignored-data = só endereços http(s) e caminhos deste site podem carregar um conjunto de dados

ignored-repeated = informado mais de uma vez; vale o primeiro

ignored-range = anterior ao início do intervalo; o intervalo foi ignorado

ignored-kind = não é um tipo de ator (state, bloc, organisation, person)

ignored-group-id = não é o identificador de uma região ou grupo

unknown-actor = não há esse ator neste conjunto de dados

unknown-topic = não há esse tema neste conjunto de dados

unknown-stance = não é uma posição sobre { $topic }

unknown-group = não há essa região ou grupo neste conjunto de dados

unknown-sort = não há esse tema; ordenado por nome

foreign-data = conjuntos de dados de outros sites não são carregados aqui; exibindo o conjunto incluído

data-failed = não foi possível exibir este conjunto de dados; exibindo o conjunto incluído

ignored-link-too-long = o link tem mais de { $max } caracteres; o restante não foi lido

more-notices = …e mais { $n }.

## Views and navigation

views = Visualizações

view-table = Tabela

view-compare = Comparar

view-timeline = Linha do tempo

view-sources = Fontes

## Table and filters

filter-table = Filtrar a tabela

search = Buscar atores e posições

topics-shown = Temas exibidos

sort-by = Ordenar por

sort-name = Nome

as-of = Posições em (vazio: as mais recentes)

kind-of-actor = Tipo de ator

all-kinds = Todos os tipos

region-or-group = Região ou grupo

all = Todos

topic-stance = { $topic }: posição

any = Qualquer

kind-state = Estado

kind-bloc = grupo de Estados

kind-organisation = organização

kind-person = pessoa

actor-column = Ator

no-position = Nenhuma posição pública encontrada

inferred = Inferida

sources-count = Fontes ({ $n })

actors-shown = Atores exibidos: { $n } de { $total }

caption-latest = { $negotiation }: posições sobre { $topics }, as mais recentes relatadas

caption-as-of = { $negotiation }: posições sobre { $topics }, em { $date }

no-match = Nenhum ator atende a todos estes filtros ao mesmo tempo.

no-match-because = Nenhum ator atende. O que não deixa ninguém: { $filters }.

filter-actors = os atores escolhidos

filter-kind = o tipo de ator

filter-group = o grupo

filter-search = a busca

filter-stance = o filtro de posição

filter-as-of = a data "em"

clear-filters = Limpar filtros

on-topic = { $actor } sobre { $topic }

## Compare

add-actor = Adicionar um ator

choose-actor = Escolha um ator…

remove-actor = Remover { $name }

choose-two = Escolha de dois a quatro atores para compará-los lado a lado.

left-out = Só cabem quatro atores lado a lado; ficaram de fora: { $names }.

comparing = Comparando { $names }

question-column = Questão

agreement-column = Concordância

agree = Concordam

differ = Divergem

not-comparable = Não comparável

how-often = Com que frequência concordam

method = Contado sobre as questões acima (cada tema e cada subquestão) em que ambos têm posição pública: a proporção em que mantêm a mesma posição. Uma questão em que algum deles não tem posição pública não conta para nenhum dos lados.

pair-score = { $n ->
    [one] { $a } e { $b }: mesma posição em { $agree } de { $n } questão comparada ({ $p }%)
    [many] { $a } e { $b }: mesma posição em { $agree } de { $n } de questões comparadas ({ $p }%)
   *[other] { $a } e { $b }: mesma posição em { $agree } de { $n } questões comparadas ({ $p }%)
}

pair-none = { $a } e { $b }: nenhuma questão em que ambos tenham posição pública

who-sides = Quem fica do lado de quem

matrix-overall = Concordância geral

matrix-topic = Concordância sobre { $topic }

matrix-none = nenhuma questão em comum

matrix-cell = { $p }% ({ $agree } de { $n })

actors-chosen = Atores escolhidos

## What changed

changed-all = O que mudou ao longo de toda a negociação

changed-since = O que mudou desde { $from }

changed-until = O que mudou até { $to }

changed-between = O que mudou entre { $from } e { $to }

range-from = De (vazio: o início)

range-to = Até (vazio: o mais recente)

no-change = Nenhuma posição relatada ou alterada neste intervalo.

first-reported = relatada pela primeira vez como

reports = relatos

## Timeline

timeline-span = De { $start } a { $end }. Eventos: { $events }. Faixas: { $lanes }.

events = Eventos

positions-over-time = Posições ao longo do tempo

changed = mudou

no-positions-on = Sem posição pública sobre os temas exibidos: { $names }.

## Sources

search-sources = Buscar fontes

sources-shown = Fontes exibidas: { $n } de { $total }

reports-positions = Posições que relata: { $n }

note = Nota: { $note }

source-news = Notícia

source-ngo = ONG

source-un = Documento da ONU

source-government = Governo

source-academic = Análise

reported-by = Relatado por

certainty-reported = Relatada: uma fonte abaixo o afirma.

certainty-inferred = Inferida, não relatada diretamente: { $basis }.

close = Fechar

position-gone = Esta posição não está mais no conjunto de dados.

event-gone = Este evento não está mais no conjunto de dados.

date-range = { $from } a { $to }

## Share, embed, print

share-and-export = Compartilhar e exportar

copy-link = Copiar link

embed = Incorporar…

download-csv = Baixar CSV

download-json = Baixar JSON

print = Imprimir

link-copied = Link copiado.

copy-this-link = Copie este link: { $link }

downloaded = Linhas baixadas: { $n }.

download-refused = Este navegador não permitiu o download.

open-full-view = Abrir a visualização completa ↗

embed-this-view = Incorporar esta visualização

embed-title = Título para leitores de tela (obrigatório)

embed-iframe = iframe: funciona em qualquer lugar e ajusta a própria altura (também com pym.js)

embed-script = Script: mais leve, acompanha a largura da página; vários podem dividir uma página

preview = Prévia

preview-of = Prévia: { $title }

print-sources = Fontes desta visualização

print-online = Esta visualização on-line

## Settings

language = Idioma

theme = Tema

theme-light = Claro

theme-dark = Escuro

theme-auto = Automático

## The summary of what a view shows

summary-agree = concordam sobre { $topics }

summary-differ = divergem sobre { $topics }

summary-unknown = nenhuma comparação é possível sobre { $topics }

summary-join = { $names }: { $clauses }.

list-and = { $list } e { $last }

table-summary = Atores exibidos: { $n }. { $counts }

topic-counts = { $topic }: { $counts }.

stance-count = { $stance } { $n }

no-position-count = sem posição pública { $n }

settings = Configurações de exibição

## Fetching a dataset, and the panel shown if the widget itself fails

use-bundled = Exibir o conjunto de dados incluído

fetch-network = a solicitação falhou: o endereço não pôde ser alcançado, ou o servidor não permite que outros sites o leiam (CORS), ou a Content-Security-Policy desta página não permite o endereço (connect-src)

fetch-timeout = sem resposta em { $seconds } segundos

fetch-status = o servidor respondeu { $status }

fetch-type = o servidor enviou { $type }, não JSON; o endereço está certo?

fetch-too-large = é maior que { $limit }, o máximo que este widget lê

fetch-unreadable = não foi possível ler a resposta

fetch-redirected = o servidor o redirecionou para { $origin }, de onde esta página não carrega conjuntos de dados

fetch-too-slow = não chegou por inteiro em { $seconds } segundos

panic-title = Algo deu errado neste widget

panic-text = Ele parou de funcionar. Recarregar costuma resolver; se não resolver, informe os detalhes abaixo.

panic-reload = Recarregar

panic-details = Detalhes para informar

show-more = Mostrar mais { $n } (ainda não exibidos: { $rest })

and-more = …e mais { $n }; escolha atores ou temas para restringir a lista.

no-overall = Sem posição sobre o tema como um todo; sobre suas partes:

## Pictures: strips, the map, embeds' chrome, the timeline's event kinds

strips-label = Quantos mantêm cada posição

view-map = Mapa

color-by = Colorir por

treaty-status = Situação no tratado

treaty-ratified = Ratificou ou aderiu

treaty-signed = Assinou

treaty-neither = Nem assinou nem ratificou

map-loading = Carregando o mapa…

map-failed = Não foi possível desenhar o mapa: { $reason }. A tabela abaixo traz os mesmos dados.

map-caption = { $topic }: a posição de cada Estado ({ $date })

map-facts = O mapa em forma de tabela

latest = mais recente

stance-column = Posição

date-column = Data

small-states = Estados pequenos, marcados com um círculo

legend = Legenda

states-shown = { $n ->
    [one] { $n } Estado no mapa, { $known } com posição registrada
    [many] { $n } de Estados no mapa, { $known } com posição registrada
   *[other] { $n } Estados no mapa, { $known } com posição registrada
}

ignored-color = não é o identificador de um tema nem treaty

options = Filtros e configurações

download-data = Baixar dados

source-line = Fonte: stances, { $name }; cada posição cita suas fontes

event-resolution = Resolução

event-session = Sessão

event-vote = Votação

event-adoption = Adoção

event-signature = Assinatura

event-ratification = Ratificação

event-report = Relatório

events-cluster = { $n ->
    [one] { $n } evento, { $start } – { $end }
    [many] { $n } de eventos, { $start } – { $end }
   *[other] { $n } eventos, { $start } – { $end }
}

## The treaty record and the classes of sources

ignored-treaty = não é uma situação no tratado (ratified, signed, none)

filter-treaty = a situação no tratado

treaty-not-signed = Nenhuma assinatura registrada até { $date }

treaty-signed-on = Assinou em { $date }

treaty-bound-on = Ratificou ou aderiu em { $date }

treaty-domestic = Aprovado internamente em { $date }; ainda não depositado

treaty-record-note = Situação no tratado: { $note }
treaty-reports = { $actor }: registo de assinatura e ratificação
action-acceptance = Aceitação
action-approval = Aprovação
action-accession = Adesão
action-domestic = Aprovação interna (ainda não depositada)

class-primary = Fonte primária

class-press = Imprensa

class-civil-society = Sociedade civil

class-research = Pesquisa

class-weak = Fonte fraca, exibida só ao lado de outra

read-at-copy = Lido em uma cópia

view-articles = Artigos

search-articles = Buscar números e títulos de artigos

choose-articles = Artigos exibidos

all-articles = Todos os artigos

articles-shown = Artigos exibidos: { $n } de { $total }

articles-unknown = Não constam deste conjunto de dados: { $list }

no-articles = Este conjunto de dados não registra artigos do texto adotado.

article-number = Artigo { $n }

wording-history = Como a redação mudou

stage-zero-draft = Rascunho zero

stage-revised-draft = Rascunho revisado

stage-updated-draft = Rascunho atualizado

stage-adopted = Texto adotado

recorded-votes = Votações registradas

tally-line = { $yes } a favor, { $no } contra, { $abstain } abstenções

no-tally = a contagem não foi registrada

argued-about = Posições que o discutiram

none-argued = Nenhuma posição deste conjunto de dados cita este artigo.

article-sources = Fontes

articles-link = Artigos: { $list }

unknown-article = não há esse artigo neste conjunto de dados
