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

export interface SeedIndicator {
  name: string;
  target: string;
  /** Text as typed, or a fraction in a percent-formatted cell. */
  outcome: string | number | null;
  women: string | number | null;
  men: string | number | null;
  activity: string | null;
  responsible: string | null;
  /** An Excel date serial, or null. */
  endDate: number | null;
}

const HR = "Personalhandläggare/Personalenhet";
const ALL_MANAGERS = "Samtliga chefer";
/** 2026-12-31 and 2025-12-31 as Excel serials: the plan's period, and one deadline already past. */
const END_2026 = 46387;
const END_2025 = 46022;

/**
 * Seed 001's mätetal with their årsmål. Outcomes are the seed's own reported figures where it
 * gives them (79 % knew the lönekriterier, 8 % harassed, 93 % could combine work and parenthood,
 * 95 %/96 % respect, 57 days' difference in parental leave, 24 % men among coaches, 14 % balanced
 * befattningar); the others are realistic, and some are left empty as a plan in progress is.
 */
export const seedIndicators: SeedIndicator[] = [
  {
    name: "Andel enheter/staber som har ett AMI på 74 eller högre.",
    target: "90 %",
    outcome: 0.85,
    women: null,
    men: null,
    activity: null,
    responsible: null,
    endDate: null,
  },
  {
    name: "Andel utrikesfödda medarbetare och chefer.",
    target: "29,5 %",
    outcome: null,
    women: null,
    men: null,
    activity: null,
    responsible: null,
    endDate: null,
  },
  {
    name: "Andelen chefer som skattar att de har tillräckliga kunskaper inom arbetsmiljöområdet för att fullgöra sitt arbetsmiljöansvar.",
    target: "100 %",
    outcome: 0.92,
    women: 0.94,
    men: 0.89,
    activity: null,
    responsible: null,
    endDate: null,
  },
  {
    name: "Andelen medarbetare (som varit anställd minst ett år) som har erhållit en individuell utvecklingsplan under de senaste 12 månaderna.",
    target: "100 %",
    outcome: null,
    women: null,
    men: null,
    activity: null,
    responsible: null,
    endDate: null,
  },
  {
    name: "Andelen medarbetare som svarar ”mellan” eller ”högt” på fråga nr 7: ”Jag har en bra arbetssituation”",
    target: "90 %",
    outcome: 0.91,
    women: 0.9,
    men: 0.93,
    activity: null,
    responsible: null,
    endDate: null,
  },
  {
    name: "Andelen medarbetare som svarar ”mellan” eller ”högt” på fråga: Vi har tagit fram förbättringsåtgärder för min enhet/arbetsplats utifrån resultat av förra årets medarbetarenkät.",
    target: "97 %",
    outcome: null,
    women: null,
    men: null,
    activity:
      "Samtliga enheter analyserar årligen resultatet av medarbetarenkäten och tar fram aktiva åtgärder. Dessa dokumenteras och följs upp i den övergripande handlingsplanen för det systematiska arbetsmiljöarbetet (SAM) på enheten.",
    responsible: ALL_MANAGERS,
    endDate: END_2026,
  },
  {
    name: "Skillnaden i långtidssjukfrånvaro mellan män och kvinnor",
    target: "1,6 pro-\ncent-\nen-\nheter",
    outcome: "2,1 procentenheter",
    women: null,
    men: null,
    activity:
      "HR kartlägger sjukfrånvaron och utifrån analys av orsaker och mönster, planerar för insatser som leder till sänkt sjukfrånvaro.",
    responsible: HR,
    endDate: END_2026,
  },
  {
    name: "Total sjukfrånvaro",
    target: "4,9 %",
    outcome: "5,2 %",
    women: "5,9 %",
    men: "3,6 %",
    activity:
      "HR kartlägger sjukfrånvaron och utifrån analys av orsaker och mönster, planerar för insatser som leder till sänkt sjukfrånvaro.",
    responsible: HR,
    endDate: END_2026,
  },
  {
    name: "",
    target: "",
    outcome: null,
    women: null,
    men: null,
    activity: "HR tillhandahåller en arbetsmiljöutbildning för chefer och skyddsombud. (1 gång/år)",
    responsible: HR,
    endDate: END_2026,
  },
  {
    name: "",
    target: "",
    outcome: null,
    women: null,
    men: null,
    activity:
      "Samtliga chefer ska eftersträva att tillmötesgå medarbetares önskemål om ledighet med anledning av kulturella och religiösa skäl.",
    responsible: ALL_MANAGERS,
    endDate: END_2026,
  },
  {
    name: 'Andelen medarbetare som svarar "mellan" eller "högt" på tilläggsfrågan i medarbetarenkäten "Min arbetsgivare ger mig förutsättningar för att på ett bra sätt förena mitt arbete med mitt föräldraskap".',
    target: "96 %",
    outcome: "93 %",
    women: "94 %",
    men: "91 %",
    activity:
      "För att öka möjligheterna till att bättre förena arbete och föräldraskap kommer partiellt föräldralediga att tillfrågas om förbättringsområden",
    responsible: HR,
    endDate: END_2025,
  },
  {
    name: "Skillnaden i föräldraledighetsuttag mellan män och kvinnor.",
    target: "50 dagar",
    outcome: "57 dagar",
    women: null,
    men: null,
    activity: "Föräldralediga ska bjudas in till internutbildningar, konferenser och sociala sammanhang.",
    responsible: ALL_MANAGERS,
    endDate: END_2026,
  },
  {
    name: 'Andel medarbetare som svarar "mellan" eller "högt" på frågan: "Jag känner mig respekterad av mina kollegor på min arbetsplats”.',
    target: "98 %",
    outcome: "96 %",
    women: "96 %",
    men: "95 %",
    activity: "Samtliga enheter analyserar resultat och kopplar på handlingsplan vid behov.",
    responsible: ALL_MANAGERS,
    endDate: END_2026,
  },
  {
    name: 'Andel medarbetare som svarar "mellan" eller "högt" på frågan: "Min chef bemöter mig med respekt. "',
    target: "97 %",
    outcome: "95 %",
    women: "95 %",
    men: "94 %",
    activity: "Överordnad chef analyserar resultat och kopplar på stödinsatser vid behov.",
    responsible: "Förvaltningsledningen och samtliga enhetschefer",
    endDate: END_2026,
  },
  {
    name: 'Andel medarbetare som svarar ja på frågan (nr 57) i medarbetarenkäten: "Har du personligen, under det senaste året, varit utsatt för diskriminering, kränkande särbehandling (exempelvis mobbing) eller trakasserier på din arbetsplats?"',
    target: "4 %",
    outcome: "8 %",
    women: "9 %",
    men: "6 %",
    activity: "Arbete med förankring och fördjupning av innebörden i stadens förhållningssätt på medarbetarnivå.",
    responsible: `${HR}, Samtliga chefer`,
    endDate: END_2026,
  },
  {
    name: "Andel befattningar med en jämn könsfördelning enligt gruppering utifrån AID-etiketter",
    target: "21 %",
    outcome: "14 %",
    women: null,
    men: null,
    activity: null,
    responsible: null,
    endDate: null,
  },
  {
    name: "Andel tillsvidare- och tidsbegränsat anställda coacher som är män.",
    target: "25 %",
    outcome: "24 %",
    women: null,
    men: null,
    activity:
      "Förvaltningen tillämpar positiv särbehandling vid lika meriter till förmån för det underrepresenterade könet.",
    responsible: "Samtliga rekryterande chefer",
    endDate: END_2026,
  },
  {
    name: 'Andelen medarbetare som svarat "ja" på frågan: "Jag vet vilka lönekriterierna är på min arbetsplats."',
    target: "85 %",
    outcome: "79 %",
    women: "77 %",
    men: "83 %",
    activity: "Genomgång av lönekriterier årligen.",
    responsible: ALL_MANAGERS,
    endDate: END_2026,
  },
  {
    name: "Andel osakliga löneskillnader",
    target: "0 %",
    outcome: "0 %",
    women: null,
    men: null,
    activity: "Lönestatistik uppdelad utifrån kön tas fram årligen inför lönerevisionen.",
    responsible: HR,
    endDate: END_2026,
  },
];

export interface SeedGoal {
  goal: string;
  actions: { action: string; followUp: string; responsible: string; note: string | null }[];
}

/** Seed 000's handlingsplan, as printed (spellings kept). */
export const seedActionPlan: SeedGoal[] = [
  {
    goal: "Arbetsförhållanden (4§ JämL): Förvaltningens arbetsplatser ska ha en fysisk och en psykisk arbetsmiljö som är lämpad för såväl kvinnor som män som personer med olika etnisk eller religiös tillhörighet, sexuell läggning eller funktionshinder. Alla ska känna sig trygga på sin arbetsplats.",
    actions: [
      {
        action: "Ett index (jämix) tas fram som mäter jämställdhet (arbetsvillkor) mellan kvinnor och män",
        followUp: "Utvärdering mäts genom 9 nyckeltal som tas fram av Nyckeltalsinstitutet",
        responsible: "Adm chef",
        note: null,
      },
      {
        action: "Alla medarbetare ska få information om jämix med resultat",
        followUp: "Chef informerar på APT",
        responsible: "chef",
        note: null,
      },
      {
        action: "Hjälpmedel för olika former av funktionshinder anskaffas vid behov",
        followUp: "Utvärdering av inköpta hjälpmedel sker med hjälp av samtal",
        responsible: "chef",
        note: null,
      },
      {
        action: "Stadens medarbetarenkät följs upp varje år och handlingsplan tas fram utifrån resultatet",
        followUp: "Värdet mäts för år 2009 i enkäten.",
        responsible: "chef",
        note: null,
      },
      {
        action: "Omfattning av övertidsarbete ska mätas och utvärderas årligen",
        followUp: "Via särskild rapport.",
        responsible: "chef",
        note: null,
      },
      {
        action: "Alla chefer ska få information om diskrimineringslagen",
        followUp: "Uppföljning att alla chefer fått informationen",
        responsible: "adm chef",
        note: "Initieras av adm avd",
      },
    ],
  },
  {
    goal: "Föräldraskap (5§ JämL): Förvaltningens jämställdhetsarbete ska skapa möjlighet att förena föräldraskap och förvärvsarbete",
    actions: [
      {
        action:
          "Anställda inom serviceförvaltningen ska ges möjlighet till flexibla arbetstider om arbetet så tillåter för att kunna förena föräldraskap och förvärvsarbete.",
        followUp: "Chef följer upp i medarbetarsamtal",
        responsible: "chef",
        note: null,
      },
      {
        action:
          "Sammanträden/utbildningar ska i möjligaste mån förläggas så att kombination av förvärvsarbete och föräldraskap underlättas.",
        followUp: "Chef följer upp på APT",
        responsible: "chef",
        note: null,
      },
    ],
  },
  {
    goal: "Trakasserier (6§ JämL): Förvaltningen tar bestämt avstånd från varje form av sexuella trakasserier och annan kränkande särbehandling på arbetsplatsen.",
    actions: [
      {
        action:
          "Chefer och medarbetare ska vara observanta på tendenser som kan leda till kränkande särbehandling. Anmälningar om kränkningar eller diskriminering anmäls till chef",
        followUp: "Kränkningar eller diskrimineringar rapporteras till PA-konsulten",
        responsible: "chef",
        note: null,
      },
      {
        action:
          "Utarbeta policy och rutiner för att förhindra kränkande särbehandling på arbetsplatsen. Hänvisar till arbetsmiljöpolicy och arbetsmiljöplan i avvaktan på att policy och rutiner utarbetas",
        followUp: "Tas fram under 2009",
        responsible: "Adm.chef",
        note: null,
      },
    ],
  },
  {
    goal: "Rekrytering. (8-9§§ JämL): Förvaltningen ska eftersträva en strukturerad och kvalitetssäkrad rekryteringsprocess med fokus på mål och ansvarsbeskrivningar. Det innebär att man ska bortse från faktorer som ålder, kön och ursprung, sådant individen själv inte kan påverka",
    actions: [
      {
        action: "Påbörja ett arbete med att kvalitetssäkra rekryteringsprocessen",
        followUp: "Utvärdering av rekryterings- processen under hösten 2009",
        responsible: "Adm.chef",
        note: null,
      },
      {
        action: "Aktivt arbeta för att attrahera nya grupper utifrån ålder och kön vid rekrytering",
        followUp: "Utvärdering görs under 2010",
        responsible: "Adm.chef",
        note: null,
      },
    ],
  },
  {
    goal: "Lönesättning. (10-11§§ JämL): Förvaltningen utgår från den av Stockholms stad framtagna lönepolicyn. Löneskillnader p g a kön får inte förekomma",
    actions: [
      {
        action:
          "Lönesättande chefer informerar sina medarbetare om gällande lönekriterier. Lönepolicyn finns tillgänglig på förvaltningens intranät. Nya chefer får utbildning i lönesättande samtal.",
        followUp:
          "Alla medarbetare har inför lönesamtal fått information av lönesättande chef om gällande och sakliga lönekriterier",
        responsible: "chef",
        note: null,
      },
      {
        action: "En lönekartläggning mellan yrkesgrupper och kön ska årligen genomföras och analyseras",
        followUp: "Lönekartläggning genomförs under året",
        responsible: "Adm.chef",
        note: null,
      },
    ],
  },
  {
    goal: "KF:s riktlinjer gällande Brukar-/kundperspektiv",
    actions: [
      {
        action: "Samtliga anställda på kontaktcenter ska ges utbildning om nya diskrimineringslagstiftningen",
        followUp: "Kontrollera att det genomförts",
        responsible: "Adm.chef",
        note: null,
      },
    ],
  },
];

/**
 * Seed 004 names the indicator "Antal som deltagit i utbildningsinsatser" and the 2016 insatser;
 * it gives no counts, so these are invented, realistic figures for the sample.
 */
export const PARTICIPATION_2016 = [
  { title: "Jämställdhetsintegrering – Vad innebär det? (16 juni)", women: 38, men: 17, other: 1 },
  { title: "Nätverksträff och föreläsning – Social omsorg", women: 24, men: 6, other: 0 },
  { title: "Nätverksträff och föreläsning – Äldreomsorg", women: 27, men: 5, other: 0 },
  { title: "Nätverksträff och föreläsning – Förskola", women: 19, men: 2, other: 0 },
];

export interface SeedProcurement {
  /** A section row (Avtalsområde alone) or a procurement. */
  area?: string;
  description?: string;
  plannedStart?: string | number;
  period?: string;
  value?: string;
  type?: string;
}

/** Seed 001's "PLAN FÖR UPPHANDLING", every row as printed. */
export const seedProcurementPlan: SeedProcurement[] = [
  { area: "Vuxenutbildning Stockholm inkl SFI" },
  {
    description: "Nytt ansökning och antagningssystem vuxenutb och sfi",
    plannedStart: 42736,
    period: "2017-05-30-2018-12-31",
    value: "6,0 Mnkr",
    type: "Tjänst",
  },
  {
    description: "Kompetensutveckling för lärare och skolledare inom Vux:",
    plannedStart: 42767,
    period: "t o m 2017-12-31",
    value: "1,5 mnkr",
    type: "Tjänst",
  },
  { area: "Jobbtorg Stockholm" },
  {
    description: "Arbetsförberedande insatser/olika leverantörer",
    plannedStart: "Pågår",
    period: "2017-07-01 – 2021-06-30",
    value: "60 mnkr",
    type: "Tjänst",
  },
  {
    description: "Handledning",
    plannedStart: "Pågår",
    period: "2017-06-01 - 2021-05-31",
    value: "3,8 mnkr",
    type: "Tjänst",
  },
  {
    description: "Statistiktjänster",
    plannedStart: 42795,
    period: "2017-01-01 – 2020-12-31",
    value: "3,2 mnkr",
    type: "Tjänst",
  },
  {
    description: "Metodutbildning för arbetet med Unga",
    plannedStart: 42795,
    period: "2016-10-01 - 2019-09-30",
    value: "3,6 mnkr",
    type: "Tjänst",
  },
  { description: "Bygg och trädgård vt-17", period: "2017-03-01 - 2020-02-28", value: "4 mnkr", type: "Varor" },
  { description: "Arbetskläder vt-17", period: "2017-03-01 - 2020-02-28", value: "2 mnkr", type: "Varor" },
  { area: "Ekonomistaben" },
  {
    description: "Hantverkstjänster gemensam AMF",
    plannedStart: 42767,
    period: "2017-07-01-2021-06-30",
    value: "1,6 mnkr",
    type: "Tjänster",
  },
  { area: "HR-staben" },
  {
    description: "Bemanningstjänster inom AMF, lärarvikarier, skolledare, chefer",
    plannedStart: 42767,
    period: "2017-07-01-2020-06-30",
    value: "3,5 mnkr",
    type: "Tjänster",
  },
  { area: "Staben för kommunikation och it" },
  {
    description: "Kommunikationstjänster (SLK:s upphandling)",
    plannedStart: "Pågår",
    period: "2018-09-01-2021-08-31 +1 +1",
    value: "4 mnkr",
    type: "Tjänst",
  },
  { area: "FINSAM" },
  {
    description: "Köp av arbetsträning från sociala företag",
    plannedStart: 42736,
    period: "2017-07-01-2020-06-30",
    value: "???   2 mnkr",
    type: "Tjänst",
  },
];

export interface SeedKusApplication {
  priority: number;
  title: string;
  /** As in the summary table. */
  requested: string;
  training: string | null;
  substitutes: string | null;
  other: string | null;
  targetGroup: string;
  participants: string | number;
}

/**
 * Seed 001's KUS summary (Arbetsmarknadsförvaltningen) with each application form's cost
 * breakdown and number of employees, written as the forms write them. Where a form explains a
 * figure ("45000* 7 = 315 000kr per år"), the result is given. Summary sums to 7 257 000 kr.
 */
export const seedKusApplications: SeedKusApplication[] = [
  {
    priority: 1,
    title: "Andraspråksinlärning – teorier om, metoder och verktyg för språkutvecklande undervisning",
    requested: "4 600000 kr",
    training: "1 500 tkr",
    substitutes: "2 000 tkr",
    other: "1 100 tkr",
    targetGroup: "Ca 140 lärare, skolledare, SYV",
    participants: 95,
  },
  {
    priority: 2,
    title: "Grundläggande litteracitet / alfabetisering för vuxna",
    requested: "600 000 kr",
    training: "350 000",
    substitutes: "220000 kr",
    other: "30 000 kr",
    targetGroup: "Ca 25 sfi-lärare studieväg 1 och 2",
    participants: "25-27 personer",
  },
  {
    priority: 3,
    title:
      "Ungdomar och vuxna med neuropsykiatriska och eller andra funktionsnedsättningar: att förstå, bemöta och samarbete.",
    requested: "236 000 kr",
    training: "236.000 kronor",
    substitutes: null,
    other: null,
    targetGroup: "30 medarbetare: Coacher, Arbetsterapeuter",
    participants: "30 st",
  },
  {
    priority: 4,
    title: "Stadens HBTQ certifiering",
    requested: "315 000 kr",
    training: "315 000kr",
    substitutes: "0 kr",
    other: null,
    targetGroup: "7 utb (för 25 medarbetare i varje). Alla befattningar",
    participants: "175 personerr",
  },
  {
    priority: 5,
    title: "Evidensbaserad Psykiatri, 7,5 Hp, Karolinska institutet",
    requested: "236 000kr",
    training: "236.000 kronor",
    substitutes: null,
    other: null,
    targetGroup: "30 medarbetare: Coacher, Arbetsterapeuter",
    participants: "30 st",
  },
  {
    priority: 6,
    title: "Supported Employment",
    requested: "490 000 kr",
    training: "490 000 sek",
    substitutes: "0",
    other: "ingår",
    targetGroup: "150 medarbetare: Matchare, Jobbcoacher, Arbetskonsulenter, studie och yrkesvägledare.",
    participants: 150,
  },
  {
    priority: 7,
    title: "Ledarskap – samverkan och SAM",
    requested: "150 000kr",
    training: "150000",
    substitutes: null,
    other: null,
    targetGroup: "Ca 100 chefer inkl. skyddsombud och fackliga ombud",
    participants: 99,
  },
  {
    priority: 8,
    title: "Stadens HBTQ certifiering",
    requested: "630 000kr",
    training: "630 000 kr",
    substitutes: "0 kr",
    other: null,
    targetGroup: "7 utb (för 25 pers varje) 2018, 7 utb (för 25 pers varje) 2019",
    participants: "350 på två år",
  },
];

/**
 * Seed 001's "Nämndens planerade uppföljning av den löpande kontrollen", transcribed block by
 * block as printed (the header repeated under each Arbetssätt); the responsible people are given
 * as roles. Rows: label rows (Process:, Arbetssätt:), the header, rows naming an oönskad händelse,
 * and control rows: [Löpande kontroll, Oönskad händelse, Uppföljning, Beskrivning, Metod, Ansvarig].
 */
export const CONTROL_HEADER = [
  "Löpande kontroll/Systematiska kontroller",
  "Oönskad händelse",
  "Uppföljning av arbetssätt/löpande kontroll",
  "Beskrivning av uppföljning / kontroll",
  "Metod för uppföljning / kontroll",
  "Ansvarig",
];

export interface SeedControlBlock {
  process?: string;
  approach: string;
  kind?: string;
  incidents: string[];
  /** [Uppföljning, Beskrivning, Metod, Ansvarig], and the Löpande kontroll where the row has one. */
  controls: { checkOf?: string; description?: string; method?: string; responsible?: string; kind?: string }[];
}

export const internalControlPlan: SeedControlBlock[] = [
  {
    process: "Förändring av organisation inom vuxenutbildning",
    approach: "Genomföra förändring av organisationen inom sfi och komvux",
    incidents: ["Bristande måluppfyllelse", "Bristfällig information", "Medarbetare slutar", "Otydlig styrning"],
    controls: [
      {
        kind: "Kontinuerlig information och delaktighet",
        checkOf: "Genom kontinuerliga informationsinsatser och möjlighet till delaktighet ska riskerna minska.",
        description: "Informationsinsatser",
        method: "Uppföljning av måluppfyllelsen görs i tertialrapport 1 och 2 samt verksamhetsberättelsen",
        responsible: "Verksamhetschef, biträdande verksamhetschefer",
      },
      {
        method:
          "Uppföljning av risk- och sårbarhetsanalyserna som genomförts i arbetet med sammanslagningen av SFI- och Komvuxcentrum",
        responsible: "Biträdande verksamhetschefer",
      },
    ],
  },
  {
    process: "Fakturahantering",
    approach: "Hantering av leverantörsfakturor",
    kind: "Kontroll av ekonomiska händelser är att säkerställa att transaktioner som bokförs är korrekta",
    incidents: ["Felaktiga utbetalningar görs"],
    controls: [
      "Kontrollera att det finns kännedom om vilka på enheten som har inköpskort",
      "Kontrollera att faktureringsoriginalen finns på bevarade på enheten",
      "Kontrollera att originalkvitton för egna utlägg bevaras på enheten",
      "Kontrollera att originalkvitton till inköp med inköpskort finns bevarade på enheten",
    ].map((description) => ({ description, method: "Stickprov", responsible: "Ekonom" })),
  },
  {
    approach: "Utbetalningar",
    incidents: [],
    controls: [
      {
        description: "Kontrollera att underlagen för manuella utbetalningar finns bevarade i original på enheten",
        method: "Stickprov",
        responsible: "Ekonom",
      },
    ],
  },
  {
    process: "Hantering och stöd vid hantering av allmänna handlingar",
    approach: "Arkiv och vara arkivansvar",
    incidents: ["Handlingar arkiveras inte"],
    controls: [
      {
        description: "Kontrollera att handlingar arkiveras och gallras löpande enligt rutin",
        method: "Stickprov",
        responsible: "Arkivansvarig",
      },
      {
        description: "Kontrollera förvaringen av personalhandlingar",
        method: "Stickprov",
        responsible: "HR-specialist",
      },
    ],
  },
  {
    approach: "Samordna förvaltningens PuL-ansvar",
    incidents: ["Anmälan om hantering av personuppgift saknas", "Personuppgifter hanteras inte korrekt"],
    controls: [
      {
        description: "Kontrollera att personuppgifter anmäls och hanteras enligt gällande rutin",
        method: "Stickprov",
        responsible: "Arkivansvarig",
      },
    ],
  },
  {
    approach: "Tillhandahålla allmänna handlingar",
    incidents: ["Allmänna handlingar finns inte tillgängliga"],
    controls: [
      "Kontrollera att allmänna handlingar hanteras utifrån rådande lagar och bestämmelser",
      "Kontrollera att beslut fattas enligt delegationsordning och att det diarieförs",
      "Kontrollera att handlingar diarieförs enligt rutin",
    ].map((description) => ({ description, method: "Stickprov", responsible: "Arkivansvarig" })),
  },
  {
    process: "Lönehantering",
    approach: "Löneutbetalning",
    incidents: ["Felaktigt utbetald lön"],
    controls: ["Kontrollera att kontroller genomförs före och efter lönekörning", "Kontrollera frånvarorutiner"].map(
      (description) => ({ description, method: "Stickprov", responsible: "HR-specialist" }),
    ),
  },
  {
    process: "Telefon- och itbeställningar",
    approach: "Information och stöd",
    incidents: ["It-behörigheter avslutas inte när medarbetare slutar"],
    controls: [
      "Kontrollera att behörighetsrutinerna till verksamhetssystem, gruppdiskar m.m. följs",
      "Kontrollera att uppföljningen av behöriga följs",
    ].map((description) => ({ description, method: "Stickprov", responsible: "IT-samordnare" })),
  },
  {
    process: "Upphandling",
    approach: "Genomföra en upphandling",
    incidents: ["Gällande regler och riktlinjer för upphandling följs inte"],
    controls: [
      {
        description: "Kontrollera att inköp/direktupphandlingar finns diarieförda med tillhörande dokumentation",
        method: "Stickprov",
        responsible: "Upphandlare",
      },
      {
        kind: "Löpande",
        description:
          "Kontrollera att inköp/direktupphandlingar görs enligt delegationsordning, lagar, anvisningar och regelverk",
        method: "Stickprov",
        responsible: "Upphandlare",
      },
    ],
  },
];

/**
 * The plan's rows as the sheet lays them out: label rows, the header, then the block's rows; a
 * follow-up's columns after the plan's where `more` gives them (its headings, and each control's cells).
 */
export function controlPlanRows(
  blocks: readonly SeedControlBlock[],
  more?: { header: string[]; cells: (block: number, control: number) => (string | null)[] },
): (string | null)[][] {
  const rows: (string | null)[][] = [];
  blocks.forEach((block, b) => {
    if (block.process) rows.push(["Process:", block.process]);
    rows.push(["Arbetssätt:", block.approach]);
    rows.push([...CONTROL_HEADER, ...(more?.header ?? [])]);
    block.incidents.forEach((incident, i) => rows.push([i === 0 ? (block.kind ?? null) : null, incident]));
    if (block.incidents.length === 0 && block.kind) rows.push([block.kind]);
    block.controls.forEach((c, i) =>
      rows.push([
        c.kind ?? null,
        null,
        c.checkOf ?? null,
        c.description ?? null,
        c.method ?? null,
        c.responsible ?? null,
        ...(more?.cells(b, i) ?? []),
      ]),
    );
  });
  return rows;
}
