/**
 * Seed 001's risk registers, transcribed as printed (spellings kept): the nämndens
 * internkontrollplan with its twelve risks, and the väsentlighets- och riskanalys list.
 */

export interface SeedRisk {
  process: string;
  nr: number;
  event: string;
  probability: string;
  consequence: string;
  value: number;
  action: string;
}

const P = "Förändring av organisation inom vuxenutbildning";
const A = "Hantering och stöd vid hantering av allmänna handlingar";
const INTRO = "Diarieföring och sekretess tas upp vid introduktion av nyanställd";

export const internalControlRisks: SeedRisk[] = [
  {
    process: P,
    nr: 1,
    event: "Bristande måluppfyllelse",
    probability: "3.Möjlig",
    consequence: "3.Kännbar",
    value: 9,
    action: "",
  },
  {
    process: P,
    nr: 2,
    event: "Bristfällig information",
    probability: "3.Möjlig",
    consequence: "2.Lindrig",
    value: 6,
    action: "",
  },
  {
    process: P,
    nr: 3,
    event: "Medarbetare slutar",
    probability: "3.Möjlig",
    consequence: "3.Kännbar",
    value: 9,
    action: "",
  },
  {
    process: P,
    nr: 4,
    event: "Otydlig styrning",
    probability: "3.Möjlig",
    consequence: "3.Kännbar",
    value: 9,
    action: "",
  },
  {
    process: "Fakturahantering",
    nr: 5,
    event: "Felaktiga utbetalningar görs",
    probability: "3.Möjlig",
    consequence: "3.Kännbar",
    value: 9,
    action: "",
  },
  {
    process: A,
    nr: 6,
    event: "Handlingar arkiveras inte",
    probability: "3.Möjlig",
    consequence: "3.Kännbar",
    value: 9,
    action: INTRO,
  },
  {
    process: A,
    nr: 7,
    event: "Anmälan om hantering av personuppgift saknas",
    probability: "4.Sannolikt",
    consequence: "4.Allvarlig",
    value: 16,
    action: "Se över rutiner och informera verksamheterna.",
  },
  {
    process: A,
    nr: 8,
    event: "Personuppgifter hanteras inte korrekt",
    probability: "4.Sannolikt",
    consequence: "4.Allvarlig",
    value: 16,
    action: "Se över rutinerna och informera verksamheterna.",
  },
  {
    process: A,
    nr: 9,
    event: "Allmänna handlingar finns inte tillgängliga",
    probability: "3.Möjlig",
    consequence: "3.Kännbar",
    value: 9,
    action: INTRO,
  },
  {
    process: "Lönehantering",
    nr: 10,
    event: "Felaktigt utbetald lön",
    probability: "2.Mindre\nsannolikt",
    consequence: "3.Kännbar",
    value: 6,
    action: "Genomgång av lönerutiner vid introduktion av nyanställd",
  },
  {
    process: "Telefon- och itbeställningar",
    nr: 11,
    event: "It-behörigheter avslutas inte när medarbetare slutar",
    probability: "3.Möjlig",
    consequence: "2.Lindrig",
    value: 6,
    action: "",
  },
  {
    process: "Upphandling",
    nr: 12,
    event: "Gällande regler och riktlinjer för upphandling följs inte",
    probability: "3.Möjlig",
    consequence: "3.Kännbar",
    value: 9,
    action: "",
  },
];

export interface SeedVorRow {
  process: string;
  method: string;
  event: string;
  value: number;
  action: string;
}

const REPR =
  "Beslut om reviderade riktlinjer om representation och gåvor samt mutor och jäv fattas i december 2016 och implementeras under 2017";
const PROGRESS =
  "Ta fram sätt att mäta kvinnliga och manliga aspiranters progression i syfte att kvalitetssäkra arbetet med arbetsmarknadsinsatser";
const SUPPORT = "Individuellt stöd under studietiden, studie- och yrkesvägledning";

/** An empty process or method means the printed cell was blank (carried down from above). */
export const vorRows: SeedVorRow[] = [
  {
    process: "Säkerhetsarbete",
    method: "Förebyggande säkerhetsåtgärder",
    event: "Dataintrång",
    value: 6,
    action:
      "Kommunicera och följa stadens it- och informationssäkerhetsriktlinjer, genomföra stickprov bland användare.",
  },
  {
    process: "",
    method: "",
    event: "Förekomst av förtroendeskadligt beteende eller oegentligheter",
    value: 16,
    action: REPR,
  },
  {
    process: "",
    method: "",
    event: "Medarbetare utsätts för hot eller våld",
    value: 16,
    action:
      "Alla enheter har i sin Kris- och säkerhetsplan ett avsnitt om hur hot och våld mot medarbetare ska förebyggas och hanteras",
  },
  {
    process: "Extern samverkan",
    method: "",
    event: "Medarbetare följer inte stadens riktlinjer i samverkan för ex. mutor och jäv vilket skadar förtroendet",
    value: 12,
    action: REPR,
  },
  {
    process: "",
    method: "",
    event: "Samverkansrutiner saknas, följs inte eller är inte kvalitetssäkrade",
    value: 9,
    action: "Säkerställa rutinernas relevans och efterlevnad",
  },
  {
    process: "Inflöde",
    method: "",
    event: "Rutinerna är ofullständiga eller följs inte",
    value: 9,
    action: "Säkerställa rutinernas relevans och efterlevnad",
  },
  {
    process: "Insatser",
    method: "",
    event: "Fel insats erbjuds eller insatsen inte uppfyller tillräcklig kvalitet",
    value: 12,
    action: PROGRESS,
  },
  { process: "", method: "", event: "Insatsen förlängs utan syfte med förlängningen.", value: 12, action: PROGRESS },
  {
    process: "",
    method: "",
    event: "Leverantören utför inte uppdraget på ett tillfredställande sätt och aspiranter kan därför inte anvisas dit",
    value: 6,
    action: "Avtalsuppföljning av upphandlade aktörer",
  },
  {
    process: "Intern samverkan",
    method: "",
    event: "Olika förvaltningar tolkar styrdokument och rutiner olika",
    value: 12,
    action: "Säkerställa relevansen och efterlevnaden av styrdokumenten",
  },
  {
    process: "Överenskommelser om vad som ska uppnås",
    method: "",
    event: "Samverkanpartners mål kan vara motstridiga med arbetsmarknadsnämndens",
    value: 12,
    action: "Dialog på lokal nivå med samarbetspartners om målen",
  },
  {
    process: "Kommunala visstidsanställningar (stockholmsanställningar)",
    method: "",
    event:
      "Att kompetens- och utbildningsinsatser inte ger aspiranten ökade förutsättningar för hållbara anställningar",
    value: 9,
    action:
      "Alla kvinnor och män inskrivna vid Jobbtorg Stockholm har en jobbplan som ligger till grund för planering och uppföljning av insatsens resultat.",
  },
  {
    process: "",
    method: "",
    event:
      "Metoder och arbetssätt säkerställer inte matchning steg 2 med resultatet att den visstidsanställde går ut i arbetslöshet efter anställning.",
    value: 9,
    action: PROGRESS,
  },
  {
    process: "",
    method: "",
    event: "Stadens arbetsplatser har inte resurser att möta kommunala visstidanställdas behov av handledning",
    value: 9,
    action: "",
  },
  {
    process: "Uppföljning, analys och utveckling",
    method: "",
    event: "Felaktigt eller bristfälligt underlag samt bristfällig analys ger fel utveckling",
    value: 12,
    action:
      "Säkerställa korrekta registreringar i Flai för att statistiska uppgifter ska kunna tas fram för resultatuppföljning och utveckling av verksamheten",
  },
  {
    process: "Uppsökande arbete",
    method: "",
    event: "Insatserna är inte anpassade efter målgruppens behov.",
    value: 9,
    action: "Behovsanalyser görs regelbundet",
  },
  {
    process: "",
    method: "",
    event: "Metoderna är inte rätt för uppdraget att nå målgruppen.",
    value: 9,
    action: "Utvärdera metoder och arbetssätt",
  },
  {
    process: "Ansökning och antagning",
    method: "Antagning till studier sker i enlighet med prioriteringslista",
    event: "Brister i statistikunderlag kan leda till att felaktiga beslut fattas",
    value: 9,
    action: "Utveckla rapporter m.m. i Ber",
  },
  {
    process: "",
    method: "",
    event: "För få sökanden kan leda till att utbildningar inte startar",
    value: 12,
    action: "",
  },
  {
    process: "",
    method: "",
    event: "Relevant statistik kan inte tas fram",
    value: 12,
    action: "Utveckla rapporter m.m. i Ber",
  },
  {
    process: "",
    method: "",
    event: "Skolorna har inte tillräcklig kapacitet att erbjuda utbildningsplatser",
    value: 9,
    action: "",
  },
  {
    process: "Betygssättning",
    method: "Betygen sätts utifrån kunskapskraven",
    event: "Att bedömaröverensstämmelse inte råder mellan pedagogerna",
    value: 9,
    action: "",
  },
  { process: "", method: "", event: "Brist på legitimerade lärare påverkar betygsättningen", value: 9, action: "" },
  { process: "", method: "", event: "Fel betyg sätts", value: 6, action: "" },
  {
    process: "Studie- och yrkesvägledning",
    method: "Studie- och yrkesvägledning inför och under studier",
    event: "Den studerande läser fel kurser i fel ordning och/eller fel nivå",
    value: 9,
    action: "Studie- och yrkesvägledande insatser och testning av kunskapsnivåer",
  },
  {
    process: "Undervisning",
    method: "Individanpassad undervisning",
    event: "Avbrotten ökar",
    value: 6,
    action: SUPPORT,
  },
  {
    process: "",
    method: "",
    event: "Eleven klarar inte sina studier och fullföljer inte med godkända betyg",
    value: 6,
    action: SUPPORT,
  },
  {
    process: "Sammanhållet program för kortutbildade",
    method: "Ekonomisk uppföljning och prognossäkerhet",
    event: "Rutiner för månadsprognos och uppföljning följs inte",
    value: 6,
    action: "",
  },
  {
    process: "",
    method: "",
    event: "Träffsäkerheten i prognoser är låg.",
    value: 9,
    action: "Utveckla verksamhetsmått för planering samt prognoser över deltagarutvecklingen på kort och lång sikt",
  },
  { process: "Fakturahantering", method: "Utbetalningar", event: "Bedrägligt beteende", value: 6, action: REPR },
];
