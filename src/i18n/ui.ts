/**
 * The UI dictionary: every string the site's chrome and components show, keyed by where it
 * appears. Content (what editors write) lives in content/, not here.
 *
 * Keys ending in `.accessibleLabel` are read only by assistive technology. Values may contain
 * `{name}` placeholders, filled by `t()`.
 *
 * To add English, add an `en` object with the same keys: the `Dictionary` type makes a
 * missing key a type error.
 */
export const it = {
  'site.name': 'Job Placement Network',
  'site.tagline': 'Rete di cooperative sociali per l’inclusione lavorativa delle persone con disabilità',
  'site.homeLink.accessibleLabel': 'Job Placement Network, pagina iniziale',

  'skipLink.label': 'Vai al contenuto principale',

  'nav.accessibleLabel': 'Menu principale',
  'nav.menu': 'Menu',
  'nav.close': 'Chiudi il menu',
  'nav.home': 'Home',
  'nav.network': 'La rete',
  'nav.services': 'Servizi',
  'nav.companies': 'Per le aziende',
  'nav.stories': 'Storie',
  'nav.news': 'Notizie ed eventi',
  'nav.about': 'Chi siamo',
  'nav.contact': 'Contatti',

  'search.label': 'Cerca nel sito',
  'search.placeholder': 'Es. pulizie, data entry, Monza',
  'search.submit': 'Cerca',

  'searchPage.title': 'Cerca nel sito',
  'searchPage.lead': 'Cerca tra servizi, organizzazioni della rete, storie e notizie.',
  'searchPage.browse': 'Oppure sfoglia i servizi per categoria',

  'breadcrumbs.accessibleLabel': 'Percorso di navigazione',

  'footer.accessibleLabel': 'Informazioni sul sito',
  'footer.about':
    'Job Placement Network è una rete di {coops} cooperative sociali di tipo B e {consortia} consorzi di cooperative sociali, con {lead} come capofila, realizzata con il sostegno di Fondazione Cariplo.',
  'footer.sections': 'Sezioni',
  'footer.legal': 'Informazioni legali',
  'footer.accessibility': 'Dichiarazione di accessibilità',
  'footer.privacy': 'Informativa sulla privacy',
  'footer.partners': 'Partner e sostenitori',
  'footer.noCookies': 'Questo sito non usa cookie né strumenti di tracciamento.',

  'home.hero.title': 'Lavoro vero, inclusione concreta',
  'home.hero.lead':
    'Job Placement Network unisce cooperative sociali di tipo B e consorzi dell’area milanese e della Brianza per aiutare le aziende ad assolvere l’obbligo della Legge 68/1999 affidando commesse di lavoro, e creare così posti di lavoro per le persone con disabilità.',
  'home.hero.ctaCompanies': 'Sono un’azienda',
  'home.hero.ctaNetwork': 'Conosci la rete',
  'home.impact.title': 'I risultati in {years} anni',
  'home.impact.contracts': 'nuovi contratti di lavoro',
  'home.impact.commesse': 'commesse secondo la L. 68/99',
  'home.impact.members': 'cooperative sociali di tipo B',
  'home.impact.consortia': 'consorzi di cooperative',
  'home.impact.services': 'servizi in catalogo',
  'home.impact.years': 'anni di progetto',
  'home.steps.title': 'Come funziona l’Art. 14 in tre passi',
  'home.steps.lead':
    'L’articolo 14 del D.Lgs. 276/2003 permette alle aziende di coprire parte della quota di riserva affidando commesse a cooperative sociali di tipo B.',
  'home.steps.one.title': 'L’azienda affida una commessa',
  'home.steps.one.text':
    'L’azienda sceglie un servizio dal catalogo e lo affida a una cooperativa sociale di tipo B della rete, nell’ambito di una convenzione quadro territoriale.',
  'home.steps.two.title': 'La cooperativa assume',
  'home.steps.two.text':
    'La cooperativa assume una persona con disabilità, e il valore della commessa copre il costo del suo lavoro e i relativi costi di produzione.',
  'home.steps.three.title': 'L’assunzione conta per l’azienda',
  'home.steps.three.text':
    'La persona inserita è computata nella quota di riserva dell’azienda, entro i limiti fissati dalla convenzione quadro.',
  'home.steps.more': 'Approfondisci la Legge 68/99 e l’Art. 14',
  'home.services.title': 'Alcuni servizi della rete',
  'home.services.all': 'Vedi tutti i {count} servizi',
  'home.stories.title': 'Storie',
  'home.stories.all': 'Tutte le storie',
  'home.event.title': 'Evento',
  'home.partners.title': 'Con il sostegno e il patrocinio di',
  'home.partners.all': 'Tutti i partner e i sostenitori',

  'members.title': 'La rete',
  'members.lead':
    '{coops} cooperative sociali di tipo B e {consortia} consorzi di cooperative sociali, attivi nell’area metropolitana milanese e in provincia di Monza e Brianza.',
  'members.kind.cooperativa': 'Cooperativa sociale di tipo B',
  'members.kind.consorzio': 'Consorzio di cooperative sociali',
  'members.role.capofila': 'Capofila',
  'members.role.membro': 'Membro',
  'members.coops.title': 'Cooperative sociali di tipo B',
  'members.consortia.title': 'Consorzi',
  'members.areas': 'Territori',
  'members.sectors': 'Settori',
  'members.contacts': 'Contatti',
  'members.website': 'Sito web',
  'members.email': 'Email',
  'members.noContacts':
    'I contatti diretti di questa organizzazione non sono ancora pubblicati. Puoi scrivere alla rete dalla pagina Contatti.',
  'members.services.title': 'Servizi offerti',
  'members.services.none': 'Nessun servizio del catalogo è ancora attribuito a questa organizzazione.',
  'members.stories.title': 'Storie',
  'members.toVerify': 'Scheda in aggiornamento: i dettagli saranno completati con l’organizzazione.',

  'services.title': 'Servizi',
  'services.lead':
    'Il catalogo dei servizi che le cooperative della rete offrono alle aziende, agli enti e alle persone. Molti possono essere oggetto di una commessa ai sensi dell’Art. 14.',
  'services.count': '{count} servizi',
  'services.byCategory': 'Servizi per categoria',
  'services.byArea': 'Servizi per territorio',
  'services.category': 'Categoria',
  'services.providers': 'Chi lo offre',
  'services.providers.unknown': 'Da definire: chiedi alla rete quale cooperativa può offrirlo.',
  'services.audience': 'Per chi',
  'services.areas': 'Dove',
  'services.art14': 'Art. 14',
  'services.art14.yes': 'Può essere oggetto di una commessa Art. 14',
  'services.art14.no': 'Non previsto per commesse Art. 14',
  'services.reviewedAt': 'Ultima revisione della scheda:',
  'services.contactCta': 'Chiedi informazioni',
  'services.illustrative':
    'Scheda indicativa: il contenuto è in corso di verifica con le cooperative della rete. Contattaci per conferma.',
  'services.categoryPage.lead': 'Servizi della categoria «{category}».',
  'services.areaPage.title': 'Servizi in provincia di {area}',
  'services.areaPage.lead': 'Servizi che le cooperative della rete offrono in provincia di {area}.',
  'services.allCategories': 'Tutte le categorie',
  'services.related': 'Altri servizi della stessa categoria',
  'services.inCategory': '{count} servizi in questa categoria',

  'stories.title': 'Storie',
  'stories.lead': 'Esperienze di inclusione lavorativa nate nella rete Job Placement Network.',
  'stories.related.members': 'Organizzazioni coinvolte',
  'stories.related.services': 'Servizi collegati',
  'stories.none': 'Non ci sono ancora storie pubblicate.',

  'news.title': 'Notizie ed eventi',
  'news.lead': 'Aggiornamenti, appuntamenti e convegni della rete.',
  'news.upcoming': 'Prossimi eventi',
  'news.past': 'Eventi passati e notizie',
  'news.noUpcoming': 'Al momento non ci sono eventi in programma.',
  'news.event': 'Evento',
  'news.event.when': 'Quando',
  'news.event.where': 'Dove',
  'news.event.moderator': 'Modera',
  'news.event.speakers': 'Relatori',
  'news.event.programme': 'Programma',
  'news.event.promoters': 'Promosso da',
  'news.event.partners': 'In partnership con',
  'news.event.patrons': 'Con il patrocinio di',
  'news.event.past': 'Evento concluso',
  'news.event.upcoming': 'Evento in programma',
  'news.event.timeRange': '{date}, dalle {start} alle {end}',

  'partners.title': 'Partner e sostenitori',
  'partners.lead': 'Le organizzazioni che sostengono, promuovono e patrocinano le attività della rete.',
  'partners.kind.funder': 'Con il sostegno di',
  'partners.kind.promoter': 'Promotori',
  'partners.kind.partner': 'Partner',
  'partners.kind.patron': 'Patrocini',
  'partners.externalLink.accessibleLabel': '{name} (sito esterno)',

  'contact.title': 'Contatti',
  'contact.email': 'Scrivi alla rete',
  'contact.noEmail':
    'L’indirizzo email della rete non è ancora pubblicato. Nel frattempo puoi contattare direttamente le organizzazioni della rete che hanno pubblicato i loro recapiti.',
  'contact.members': 'Contatti delle organizzazioni della rete',

  'faq.title': 'Domande frequenti',

  'date.published': 'Pubblicato il',
  'date.updated': 'Aggiornato il',

  'notFound.title': 'Pagina non trovata',
  'notFound.lead': 'La pagina che cerchi non esiste o è stata spostata.',
  'notFound.try': 'Puoi provare da qui:',
  'notFound.searchHint': 'Oppure cerca nel sito:',

  'areas.MI': 'Milano',
  'areas.MB': 'Monza e Brianza',
  'areas.VA': 'Varese',

  'audience.aziende': 'Aziende',
  'audience.persone': 'Persone',
  'audience.enti': 'Enti pubblici',

  'categories.consulenza': 'Consulenza e adempimenti',
  'categories.selezione': 'Ricerca, selezione e inserimento',
  'categories.pulizie': 'Pulizie e sanificazione',
  'categories.manutenzioni': 'Manutenzioni e facility management',
  'categories.verde': 'Verde e ambiente',
  'categories.logistica': 'Logistica e magazzino',
  'categories.amministrativi': 'Servizi amministrativi e data entry',
  'categories.produzione': 'Assemblaggio e confezionamento',
  'categories.comunicazione': 'Comunicazione e servizi digitali',
  'categories.ristorazione': 'Ristorazione e catering',
  'categories.accoglienza': 'Accoglienza e portierato',
  'categories.riciclo': 'Raccolta, recupero e riciclo',

  'consent.scope.nome': 'Nome',
  'consent.scope.foto': 'Fotografie',
  'consent.scope.salute': 'Informazioni sulla salute',

  'cms.pageTitle': 'Redazione',
  'cms.noScript': 'L’area di redazione richiede JavaScript.',
  'cms.body': 'Testo',
  'cms.body.hint': 'Il testo della pagina. Usa i titoli per dividerlo in parti e i blocchi (riquadro, citazione, figura) dal pulsante +.',
  'cms.requiredInGroup': 'Obbligatorio se compili questo gruppo.',
  'cms.length': 'Da {min} a {max} caratteri.',
  'cms.lengthMax': 'Al massimo {max} caratteri.',
  'cms.lengthMin': 'Almeno {min} caratteri.',
  'cms.format': 'Formato non valido: {hint}',
  'cms.block.callout': 'Riquadro',
  'cms.block.callout.kind': 'Tipo di riquadro',
  'cms.block.callout.text': 'Testo del riquadro',
  'cms.block.citazione': 'Citazione con autore',
  'cms.block.citazione.text': 'Testo citato',
  'cms.block.citazione.author': 'Autore o autrice',
  'cms.block.citazione.role': 'Ruolo (facoltativo)',
  'cms.block.figura': 'Figura con didascalia',
  'cms.block.figura.image': 'Immagine',
  'cms.block.figura.alt': 'Testo alternativo',
  'cms.block.figura.alt.hint': 'Descrivi l’immagine per chi non può vederla.',
  'cms.block.figura.caption': 'Didascalia',
  'cms.notConfigured': 'Il CMS non è configurato per questo indirizzo. Avvia il sito in locale con npm start, oppure imposta PUBLIC_CMS_BACKEND e PUBLIC_CMS_REPO nella build (vedi README).',

  'blocks.callout.nota': 'Nota',
  'blocks.callout.importante': 'Importante',
  'blocks.callout.suggerimento': 'Suggerimento',
} as const;

export type UiKey = keyof typeof it;
export type Dictionary = Record<UiKey, string>;

export const dictionaries = { it } satisfies Record<string, Dictionary>;
export type Locale = keyof typeof dictionaries;
export const defaultLocale: Locale = 'it';
