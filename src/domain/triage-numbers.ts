/**
 * Numbers people write about a patient, read from text already passed through `prepareText` (lower case, ASCII
 * digits, Simplified Chinese). Pure.
 *
 * - Body temperature: "38度5", "38.5", "38,5", "39°", "39°c", "101f", "febbre a 38", "39 de fiebre", "体温38.2".
 *   Fahrenheit (95–110) is converted. Weather ("今天39度好热") is not a body temperature. In a child's message a
 *   reading told with a verb counts too ("mi bebé de 2 meses tiene 38 justo"): a baby does not "have 38" years.
 * - SpO2: 血氧/指氧/饱和度/saturimetro/saturación/spo2/oxygen (also voice-typed: 学氧, 学样仪, 心氧), or the oximeter described ("指尖那个仪器",
 *   "夹手指的测了93", "指夹…数字一直在91、92跳", "finger clip"), followed by a number within a few characters.
 *   A usual reading, then today's ("平常血氧95，今天只有90", "was 95 this morning, now it reads 92"): the lower.
 * - Ages: "3岁", "80多岁", "5 anni", "2 años", "7 years old", "2个月大", "宝宝才两个月", "bimbo di 2 mesi",
 *   "2 months old", "出生10天", "才20来天"; months and days become fractions of a year. How far a pregnancy is
 *   ("incinta di 12 settimane", "怀孕才8周") is not an age, and "一周岁" is one year, not one week.
 *   An older relative's age without a unit ("我婆婆七十二了", "my dad is 72") counts from 60.
 * - Durations: "烧了3天", "第4天", "一个星期", "da 4 giorni", "hace 3 días", "for 5 days".
 * - Not readings: an oximeter's price or discount ("血氧機特價 兩部50蚊", "oximeters 50% off"); the time since a mother
 *   gave birth when she speaks only of herself ("生完孩子三周 奶少": no infant's age). Readings read out as they fall
 *   with no measure named ("90 89 88 一直掉") are an SpO2.
 */
export interface Readings {
  /** The highest body temperature read, °C. */
  temperatureC: number | null;
  /** The lowest oxygen saturation read, %. */
  spo2: number | null;
  /** Every age read, in years (a 2-month-old is 2/12). */
  agesYears: number[];
  /**
   * Older relatives' ages said without a unit ("我婆婆七十二了", "my dad is 72"), 60 to 110: they make someone in the
   * message elderly, but say nothing about whether the patient is a child ("我儿子在抽筋，我爸70了").
   */
  elderAges: number[];
  /** The longest duration read, in days. */
  days: number | null;
}

const NUM = String.raw`(\d{2,3}(?:[.,]\d{1,2})?)`;
/** "38度5", "39°", and a half degree said with 半 ("三十八度半", "38度半" = 38.5). */
const TEMP_UNIT = new RegExp(
  String.raw`${NUM}\s*(?:度|°|º)\s*(c|f)?(\d|半(?![天夜小个月年钟]))?(?!\d)`,
  'gu',
);
const TEMP_UNIT_WORD = new RegExp(String.raw`${NUM}\s*(?:gradi|grados|degrees?)(?![a-z])`, 'gu');
const TEMP_F = new RegExp(String.raw`(?<![\d.])(\d{2,3}(?:[.,]\d)?)\s*f(?![a-z])`, 'gu');
const TEMP_CONTEXT = new RegExp(
  String.raw`(?:体温|额温|肛温|腋温|耳温|腋下|腋窝|额头|耳朵|肛门|口腔|舌下|发烧|发热|高烧|低烧|烧到|烧了|烧|量了|量出|测了|测出|量一下|温度|摸着|febbre|fiebre|fever|temperatura|temperature|temp|feber|misurat[oa]|termometro)[^\d,，。.!?！？]{0,8}?${NUM}(?![\d%])`,
  'gu',
);
/**
 * A bare reading with one decimal in the body range ("tengo 39,8 desde anoche", "39.4 since this morning", "一量38.6，
 * 哭声都弱了": a comma or a full stop that ends the clause is not another digit group).
 */
const TEMP_BARE =
  /(?<![\d.,€$£¥:/-])(3[5-9]|4[0-2])[.,](\d)(?![\d%:/]|[.,]\d)(?!\s*(?:€|euro|eur|kg|km|cm|mm|min|元|块|欧|公斤|斤|万|岁|%))/gu;
/**
 * A reading said with a verb and no unit: "mi bebé de 2 meses tiene 38 justo", "il bimbo di 3 mesi ha 38 e passa",
 * "my 6 week old is at 38". Read only when a child's age is in the message (`readNumbers`): nobody that young "has 38"
 * years, while "mi marido tiene 38" is an age. The number ends the sentence or is followed by a word that goes with
 * a reading ("justo", "y pico", "now", "since"), never by a noun.
 */
const TEMP_VERB =
  /(?<![a-z])(?:tiene|tenia|ha|aveva|has|had|is at|was at|esta a|esta en|sta a|e a)\s+(3[7-9]|4[0-2])(?:[.,](\d))?(?![\d.,]\d)(?![\d%])(?=\s*(?:$|[,;!?]|\.(?!\d)|(?:justo|justito|exacto|clavados|y pico|y algo|y poco|e qualcosa|e passa|e rotti|and a bit|now|ahora|adesso|ora|desde|da|since|todavia|ancora|still|de nuevo|di nuovo|again)(?![a-z])))/gu;
/**
 * A reading "and a bit" told as one ("fiebre de 38 y pico", "tengo 39 y pico desde ayer", "39 and a bit since this
 * morning"): after a fever word, or before a time it has lasted. Not an age ("tengo 40 y pico, tortícolis", "I'm 40 and
 * a bit"), minutes or money ("40 y pico minutos", "38 e passa euro").
 */
const TEMP_ROUGH =
  /(?:(?:fiebre|febbre|fever|temperatura|temperature|temp|termometro|thermometer)[^\d,;.!?]{0,16}?(?<![\d.,])(3[7-9]|4[0-2])\s+(?:y pico|y algo|e qualcosa|e passa|e rotti|and a bit)(?![a-z])|(?<![\d.,])(3[7-9]|4[0-2])\s+(?:y pico|y algo|e qualcosa|e passa|e rotti|and a bit)(?=\s+(?:desde|da|dalla|dal|since|from|hoy|oggi|today|ahora|adesso|now|de fiebre|di febbre|of fever)(?![a-z])))/gu;
/** "3 mesi non ancora compiuti", "2 meses sin cumplir", "3 months not yet": under that many months (read half a month younger). */
const AGE_MONTHS_NOT_YET =
  /(?<![\d.,])(\d{1,2})\s*(?:mesi|meses|months?)\s*(?:non ancora compiuti|ancora da compiere|(?:aun |todavia )?sin cumplir|(?:aun |todavia )?no cumplidos|not yet)(?![a-z])/gu;
/**
 * A reading said with its decimal as a word ("bimba di 2 mesi 38 e 2", "tiene 38 y 3", "38 virgola 5"): read, like
 * TEMP_VERB, only when a young child's age is in the message; not before a unit or a noun ("38 e 2 figli", "38 y 2 meses").
 */
const TEMP_SPOKEN =
  /(?<![\d.,])(3[7-9]|4[0-2])\s+(?:e|y|virgola|coma|punto)\s+(\d)(?![\d.,]?\d)(?!\s*(?:[a-z]|€|%|°))/gu;
/** Ages under this many years make a bare "tiene 38" a temperature (see TEMP_VERB). */
const YOUNG_CHILD_YEARS = 12;
const TEMP_AFTER = new RegExp(String.raw`${NUM}\s*(?:di febbre|de fiebre|of fever)`, 'gu');
/** The weather words WEATHER and WEATHER_ANY share (they differ only on "好热", which WEATHER reads only of the air). */
const WEATHER_AFTER = String.raw`太热|热死|夏天|防暑|又破\d{2}度|caldo|calor|grados en|gradi a|degrees in|hot today|weather|wetter`;
/**
 * Weather words ("好热", "注意防暑", "又破38度了": a heat record), in which a number with 度 is the air's; not a body
 * felt hot ("摸落好热", "摸着好热") nor a body part hot ("头好热", "身体好热": a fever felt before the reading).
 */
const WEATHER = new RegExp(
  String.raw`天气|气温|室外|外面|(?<!摸[^\d，。,.!?！？]{0,3}|[头额身手脚背脸面肚]|身子|身体|成身|全身)好热|${WEATHER_AFTER}`,
  'u',
);

/** The weather words without the exemption of a hot body part. */
const WEATHER_ANY = new RegExp(String.raw`天气|气温|室外|外面|好热|${WEATHER_AFTER}`, 'u');
/**
 * A number the air's by where it was read ("今天40度", "房间里38度", "温度计显示38度"): with a body felt hot beside it
 * ("今天40度 宝宝头好热") the number is still the day's or the room's, not a reading of the baby.
 */
const AIR_NUMBER =
  /(?<!(?:量|测|探|体温|额温|耳温|发烧|烧)[^\d，。,.!?！？]{0,3})今[天日]\s*\d{2}\s*度(?![\d半点.,])|(?:房间|家里|屋里|室内|室温|温度计)[^\d，。,.!?！？]{0,4}\d{2}\s*度/u;

/**
 * Words naming a measure other than SpO2 (a pulse, a blood pressure, a sugar, a temperature). "fever", "febbre" and
 * "fiebre" are here because they name a reading ("fever 38", "febbre a 39"); the Chinese for having a fever is apart
 * (`FEVER_TALK`): it says someone is ill, not what a number measures ("咳嗽发烧 今天测出来一直是 91").
 */
const MEASURE_NAMES = String.raw`心率|心律|脉搏|心跳|血压|体重|weight|peso|battito|pulsaciones|血糖|体温|温度|pulse(?! ox)|pulso|polso|heart rate|bpm|pressure|pressione|presion|sugar|glucos|glicemia|glucemia|temp|fever|febbre|fiebre`;
const FEVER_TALK = '发烧';
/** A measure other than SpO2 named, or a fever told: the message is not about oxygen alone. */
const OTHER_MEASURE = `${MEASURE_NAMES}|${FEVER_TALK}`;

const SPO2 = new RegExp(
  String.raw`(?:(?:指尖|手指|夹手指|夹在手指)[^\d。.!?！？，,]{0,6}?(?:仪器|机器|那个|夹子|夹的)|夹手指的|夹在手指上的|夹指头的|指夹|finger (?:thing|clip|gadget|device|monitor|sensor)|(?:aparato|aparatito|cacharro|coso|cosino|aggeggio|apparecchio|apparecchietto)(?: del| al| sul| en el)? (?:dedo|dito)|血氧饱和度|血氧仪|血氧|血含氧|血养仪|血养|血痒|血样|雪氧|心氧|学氧仪|学氧|学样仪|学养仪|雪氧仪|指氧|氧饱和度|饱和度|氧饱|血样仪|saturimetro|saturometro|saturazione|saturacion|saturimetria|oximetro|oximeter|ossimetro|pulsossimetro|pulse ox|spo2|sp02|ossigeno|oxigeno|oxygen|o2|sat|(?<!(?:vanish|quitamanchas|quita manchas|smacchiatore)\s?)(?<![a-z])oxi(?![a-z])(?!\s*action))([^\d。.!?！？，,；;]{0,24}?)(\d{2,3})(?![\d.,]\d)(?!\s*%?\s*(?:以下|以上|below|under|sotto|por debajo))`,
  'gu',
);
/** Several readings after a count of tries: "指氧量了3次:92、91、93" (the lowest counts). */
const SPO2_TRIES = new RegExp(
  String.raw`(?:血氧|血养|学氧|学样仪|指氧|饱和度|saturimetro|saturometro|saturazione|saturacion|oximetro|oximeter|pulse ox|spo2|oxygen)[^\d。.!?！？]{0,10}?\d\s*(?:次|遍|回|times|volte|veces)[^\d。.!?！？]{0,4}?((?:\d{2,3}\s*[、,/，]\s*)*\d{2,3})(?![\d.]\d)`,
  'gu',
);

/**
 * Tries counted after the oximeter was named earlier, even a sentence before ("昨天血氧还有96 今天…测了3次 93 92 93",
 * "量血氧96。…今天坐着量了3次,都是90"): the readings of those tries (the lowest counts), not another measure's.
 */
const SPO2_TRIES_LATER = new RegExp(
  String.raw`(?:血氧|指氧|饱和度|saturimetro|saturometro|saturazione|saturacion|oximetro|oximeter)(?:(?!${OTHER_MEASURE})[^!?！？]){0,60}?(?:测|量|试|夹)了?\s*\d\s*(?:次|遍|回)\s*[,，]?\s*(?:都是|都在|都|是|全是)?\s*((?:\d{2,3}\s*[、,/，\s]\s*)*\d{2,3})(?![\d.]\d)(?!\s*(?:点|岁|度|°|天|分|次|号|年|bpm|/))`,
  'gu',
);
/** The finger clip described, its top number being the SpO2: "夹手指的测了,上面数字是90,下面是112". */
const SPO2_CLIP_TOP = new RegExp(
  String.raw`(?:夹手指|夹在手指|手指上夹|指夹|夹指头)[^\d。.!?！？]{0,12}?(?:上面|上边|上头)(?:的)?(?:数字|数|那个)?(?:是|显示|写着)?\s*(\d{2,3})(?![\d.,]\d)`,
  'gu',
);

/**
 * The finger clip described, then what it showed a little further on, across commas: "夹手指那个小机器量,数字一直跳,
 * 最后停在91", "那个夹手指的显示91", "the finger thing, it says 91"; a clip used to measure is one ("刚用夹子测了下 91").
 */
const SPO2_CLIP_LATER = new RegExp(
  String.raw`(?:指尖|夹手指|夹在手指|夹(?:了)?(?:一)?下手指|手指上夹|指夹|夹指头|(?:手指|指头|dito|dedo)(?:头)?上(?:的|那个|面的)?(?:夹子|小东西|东西)|(?:手指|指头)(?:头)?(?:上)?(?:的|那个)(?:小)?(?:仪器|机器)|finger (?:thing|clip|gadget|device|monitor|sensor)|clip (?:thing )?on (?:her|his|my|the) finger|oximeter|saturimetro|saturometro|oximetro|血氧仪|指氧仪|用夹子(?=测|量))[^\d。.!?！？]{0,30}?(?:量(?:了一下|一下|了)?\s*[,，]|测了?(?:一)?下\s*[,，]?|(?<![a-z])(?:keeps |kept )?saying|停在|停到|显示|跳到|数字是|读数是|最后是|最后|只有|(?:数字|读数)?一直在|数字在|stopped at|settled (?:on|at)|landed on|si e fermato a|se quedo en|se paro en|(?<![a-z])(?:it |that |which )?(?:says|said|shows|showed|reads|read|is showing|was showing|is reading)|(?<![a-z])(?:segna|segnava|dice|diceva|marca|marcaba|marco))\s*(\d{2,3})(?![\d.,]\d)(?!\s*%?\s*(?:以下|以上|below|under|sotto|por debajo))`,
  'gu',
);

/**
 * A falling saturation with its readings in turn: "saturacion 一直往下掉 早上95 现在躺着88", "夹手指的那个从96慢慢降到现在92"
 * (the lowest counts).
 */
const SPO2_FALLING = new RegExp(
  String.raw`(?:血氧|血养|学氧|学样仪|指氧|饱和度|夹手指|夹在手指|手指上那个夹子|手指上的夹子|saturimetro|saturometro|saturazione|saturacion|oximetro|oximeter|spo2|oxygen)[^\d。.!?！？]{0,12}?(?:从|往下掉|一直掉|在掉|下降|掉下来|越来越低|dropping|going down|keeps dropping|sta scendendo|scende|continua a scendere|bajando|baja|sigue bajando)([^。.!?！？]{0,30})`,
  'gu',
);

/** A reading named a little further on, across a comma: "血氧一直往下掉，刚刚量到89". */
const SPO2_LATER = new RegExp(
  String.raw`(?:血氧|血养|血痒|雪氧|心氧|学氧|学样仪|指氧|饱和度|saturimetro|saturometro|saturazione|saturacion|oximetro|oximeter|pulse ox|spo2|oxygen)[^\d。.!?！？]{0,24}?(?:量到|测到|掉到|降到|只有|才|显示|到了|都是|就到|一直是|marca|segna|shows|reads|è a|e a|esta en|está en)\s*(\d{2,3})(?![\d.,]\d)(?!\s*%?\s*(?:以下|以上|below|under|sotto|por debajo))`,
  'gu',
);
/**
 * A usual or earlier reading, then today's a little further on, across commas: "平常血氧大概95，今天坐着量只有90",
 * "pulse ox was 95 this morning, now it reads 92" (the lowest counts). The words between name no other measure
 * (pulse, blood pressure, sugar, temperature), and the later number is not a time, an age or a count.
 */
const SPO2_THEN = new RegExp(
  String.raw`(?:血氧|血养|学氧|指氧|饱和度|saturimetro|saturometro|saturazione|saturacion|oximetro|ossimetro|oximeter|pulse ox|spo2|oxygen|ossigeno|oxigeno)[^\d。!?！？]{0,16}?\d{2,3}(?![\d.,]\d)(?:(?!${OTHER_MEASURE})[^\d。!?！？]){0,30}?(?<![a-z])(?:现在|今天|今早|今晚|刚才|刚刚|now|today|tonight|ahora|hoy|esta noche|ora|adesso|oggi|stasera|stamattina)(?:(?!${OTHER_MEASURE})[^\d。.!?！？]){0,20}?(?<![\d.,])(\d{2,3})(?![\d.,]\d)(?!\s*%?\s*(?:以下|以上|below|under|sotto|por debajo))(?!\s*(?:点|岁|度|°|天|分|次|号|年|min|bpm|kg|anni|anos|years))`,
  'gu',
);

/**
 * Readings told one after another, each with its time, the last one now ("血氧\n早上95\n中午93\n刚刚91", "sats 95 this
 * morning, 93 at lunch, just now 91"): the last one counts with the others. Each number between is a reading (not a time,
 * an age or a count).
 */
const SPO2_TIMED = new RegExp(
  String.raw`(?:血氧|血养|学氧|指氧|饱和度|saturimetro|saturometro|saturazione|saturacion|oximetro|ossimetro|oximeter|pulse ox|spo2|oxygen)[^\d。!?！？]{0,16}?(?:(?<![\d.,])\d{2,3}(?![\d.,]?\d)(?!\s*(?:点|岁|度|°|天|分|次|号|年|min|bpm|kg))(?:(?!${OTHER_MEASURE})[^\d。!?！？]){1,8}?){1,4}(?<![a-z])(?:现在|刚刚|刚才|而家|啱啱|头先|just now|now|ahora|adesso|ora)(?![a-z])[\s:：,，]*(\d{2,3})(?![\d.,]\d)(?!\s*(?:点|岁|度|°|天|分|次|号|年|min|bpm|kg))`,
  'gu',
);

/**
 * A series of readings whose last number comes before its "now": "her sats were 95 yesterday, 94 this morning and 92
 * now", "血氧昨天95，今早94，92现在" (the lower of the first and the last counts). The words between name no other measure, and the number
 * before "now" is not an age ("she's 81 now").
 */
const SPO2_NOW = new RegExp(
  String.raw`(?:血氧|血养|学氧|指氧|饱和度|saturimetro|saturometro|saturazione|saturacion|oximetro|ossimetro|oximeter|pulse ox|spo2|(?<![a-z])sats?(?![a-z])|oxygen|ossigeno|oxigeno)[^\d。!?！？]{0,16}?(?<![\d.,])(\d{2,3})(?![\d.,]\d)(?:(?!${OTHER_MEASURE})[^。!?！？]){0,60}?(?<![\d.,])(?<!(?:'s|is|am|are|was|tiene|ha|ya tiene|aged|age)\s)(\d{2,3})(?![\d.,]\d)\s*%?\s*(?:right now|now|at the moment|ahora mismo|ahora|adesso|ora|现在|此刻)(?![a-z])`,
  'gu',
);

/**
 * Readings told bare as they fall, no measure named: "90 89 88 一直掉 救命", "92, 90, 87 keeps dropping". Three or more
 * numbers, none rising, then a word for falling: the oximeter read aloud (the lowest counts). Not when the message
 * names another measure, a weight, a score or a price (`NOT_SPO2_SERIES`): "体重 90 89 88 一直掉" is a diet.
 */
const SPO2_SERIES_FALLING =
  /(?<![\d.,])((?:\d{2,3}\s*(?:[、,，/>→-]|->)?\s*){2,}\d{2,3})(?![\d.,]\d)\s*(?:了)?\s*(?:一直掉|一直在掉|往下掉|还在掉|在掉|一直降|一直往下|往下降|越来越低|keeps dropping|keeps falling|still dropping|still falling|dropping|going down|sigue bajando|va bajando|bajando|scende|sta scendendo|continua a scendere)/gu;
/**
 * Three or more bare readings in a row ("97 93 91 这是我爸刚才量的指氧", "90 91 92 来回跳 我爸的血氧", "91 92 92 91 91
 * 早上到现在 阳了五天"): read when the oximeter is named, or in a message about breathing or covid that names no other
 * measure (`readSpo2`); not a time, an age, a temperature or a count.
 */
const SPO2_SERIES =
  /(?<![\d.,:/])((?:[7-9]\d(?:\s*(?:\.{2,3}|…|[、,，/])\s*|\s+)){2,}[7-9]\d)(?![\d.,:]?\d)(?!\s*(?:点|岁|度|°|天|日|分|次|号|年|个|块|欧|元|kg|公斤|斤|min|bpm|\/|%以上|years|anni|anos|euros?|€))/gu;
/**
 * Right after a series (`SPO2_SERIES`), a reading told as now or today ("…, now 88", "昨天，今天早上88"): a bounded gap
 * without digits, and not an age, a temperature or a pulse.
 */
const SPO2_AFTER_SERIES =
  /^[^\d]{0,24}?(?<![a-z])(?:now|ahora|adesso|ora|today|hoy|oggi|现在|而家|今天早上|今早|今天)(?![a-z])\s*(?:is|es|e|at|a|是|得)?\s*([7-9]\d)(?![\d.,]?\d)(?!\s*(?:岁|度|°|kg|bpm|years|anni|anos|%以上))/u;
/** "96? no wait 91 now. moms oximeter": a reading then "now", once the oximeter is named. */
const SPO2_BARE_NOW =
  /(?<![\d.,])(?<!(?:'s|is|am|are|was|tiene|ha|aged|age|turns?|cumple|compie)\s)([7-9]\d)(?![\d.,]\d)\s*%?\s*(?:right now|now|ahora mismo|ahora|adesso|ora|现在|此刻)(?![a-z])/gu;
const NOT_SPO2_SERIES = new RegExp(
  String.raw`${OTHER_MEASURE}|体重|减肥|公斤|斤|kg|kilo|peso|weight|成绩|分数|考试|score|grade|voto|nota|股|基金|价|€|\$|元|块|欧|euro|dollar`,
  'u',
);

/**
 * An advert for oximeters: a price or an amount off ("血氧機特價 兩部50蚊", "pulse oximeters 50% off"), not a reading.
 * Price words between the name and the number, or a currency, a discount or a count of devices after it.
 */
const PRICE_BETWEEN =
  /特价|价格|售价|原价|价钱|出售|卖|优惠|打折|\d\s*折|sale|price|prezz|precio|offert|ofert|scont|descuent|discount|€|\$|£/u;
const PRICE_AFTER =
  /^\s*(?:%\s*(?:off|de descuento|di sconto|sconto|descuento)|蚊|块|元|欧|€|euro|eur(?![a-z])|\$|dollars?|折|部|台|pcs)/u;

/**
 * The oximeter's battery, its reviews or its rating between the name and the number ("血氧仪电池只剩 90%", "血氧仪好评率
 * 90%", "batteria al 90"): a percent of something else, not a reading (probe review).
 */
const NOT_READING_BETWEEN = /电池|电量|充电|好评|评分|评价|rating|review|recensi|resena|batter/u;

/** "低于93", "below 93": a threshold someone asks about, not a reading. */
const THRESHOLD_WORDS =
  /低于|高于|小于|大于|不到|超过|below|under|less than|above|sotto|menos de|por debajo|inferiore/u;

/**
 * "2 anni fa", "hace 2 años", "2 years ago": a time ago or a duration, not an age. The number is a whole one ("da 10
 * anni" is not an age of 0) and the unit a whole word ("39,5 anoche" is not 5 years).
 */
const AGE_YEARS =
  /(?<!(?:hace|desde|durante|da|per|for|since)\s+)(?<![\d.])(\d{1,3})\s*(?:多)?\s*(?:岁|周岁|(?:anni|anno|anos|ano)(?![a-z])(?!\s+(?:fa|ago|antes|prima)(?![a-z]))|years?\s*old|yrs?\s*old|-year-old|yo\b)/gu;
/**
 * "después de dos semanas", "prima di 3 giorni", "un Erasmus di sei mesi", "contrato de 6 meses", "quarantena di
 * quaranta giorni": a span of time, not a baby's age ("de 2 semanas").
 */
const NOT_SPAN = String.raw`(?<!(?:quarantena|cuarentena|quarantine|isolamento|aislamiento|despues|antes|mas|menos|cerca|alrededor|dentro|prima|piu|meno|circa|oltre|tras|hace|durante|despues de mas|erasmus|contratto|contrato|corso|curso|viaggio|viaje|permesso|permiso|visto|visado|soggiorno|estancia|periodo|programa|programma|stage|tirocinio|beca|borsa|affitto|alquiler|vacanza|vacaciones|prova|prueba|garanzia|garantia|abbonamento|residencia|residenza|ritardo|retraso|atraso|atrasada|atrasado|retard)\s+)`;
/** A baby named, in Chinese or (in a mixed message) in Italian or Spanish: "bambino三个月不到", "我侄女一个半月". */
const BABY =
  '宝宝|孩子|孩儿|细儿|小姑娘|阿仔|婴儿|小孩|小宝|二宝|老二|bb|baby|女儿|儿子|侄女|侄子|外孙女|外孙|孙女|孙子|囡囡|囡儿|囡|小人|男孩|女孩|娃|伢儿|伢|(?<![a-z])(?:bambin[oa]|bimb[oa]|neonat[oa]|bebe|nene|nena)';
/** "incinta di 12 settimane", "embarazada de 2 meses", "怀孕才8周": how far a pregnancy is, not a baby's age. */
const NOT_PREGNANCY = String.raw`(?<!(?:incinta|embarazada|encinta|gravida|pregnant|in gravidanza|de embarazo|gestazione|gestacion|(?<![a-z])(?:estoy|esta|estas))\s+)`;
const NOT_PREGNANCY_ZH = String.raw`(?<!(?:怀孕|怀了|怀上|孕期|孕|怀)\s*)`;
/**
 * "婆婆来荷兰团聚才一个月", "搬到米兰才两个礼拜": how long someone has been here, not a baby's age (a birth told with 来
 * still is: "小囡生出来才七个礼拜", "来到这个世界才18天", and so is a stay in a confinement centre, "住进月子中心才15天").
 * So is the time since an adult's discharge or operation ("爸爸肺炎出院才一个礼拜"): the patient's recovery, not an age;
 * a baby's discharge or a caesarean ("宝宝…出院才两个礼拜", "剖腹产手术才两个星期") still tells the baby's age.
 */
const NOT_STAY_ZH = String.raw`(?:(?<=来到这个?世界|来到世上|来到人间|月子中心|月子会所)|(?<!(?:(?<![出下落])来|到|搬|住|团聚|移民|出国|回国|上班|工作|结婚|(?:爸|妈|公|婆|爷|奶|夫|妻|姐|哥|弟|妹|叔|姨|舅|伯|姑)[^\d，。,.!?！？]{0,6}(?:出院|(?<!剖腹产|剖宫产|剖腹|剖宫)手术|开刀))[^\d，。,.!?！？]{0,6}))`;
const AGE_MONTHS_ZH = new RegExp(
  String.raw`(?<!比\s*)(\d{1,2})\s*(?:个多月|个半月|个月|多月)(?=大(?!概|约|致|多|部|家|半|于)|(?:的)?(?:${BABY}))`,
  'gu',
);
/**
 * A baby not yet that many months old: "宝宝三个月不到", "BB未满3个月", "还不到两个月", "under 3 months old", "ha meno di 3
 * mesi", "tiene menos de 3 meses", "孩子还差几天满三个月", "宝宝快满两个月了". Read as half a month younger, so an infant under `infantUnderMonths` is one.
 */
const AGE_MONTHS_UNDER = new RegExp(
  String.raw`(?:${BABY})\s?(?:啊|呀|呢|嘛)?\s?(?:还|才|都|今年|现在|而家|依家)?(?:(\d{1,2})\s*(?:个月|个多月|个礼拜|周)(?:大)?\s*(?:不到|未满|没满|还没满|还不到|都不到|都没到)|(?:不到|未满|不满|没满|还没满|还不到|都不到)\s*(\d{1,2})\s*个月)|(?<![a-z])(?:baby|newborn|son|daughter|bimb[oa]|neonat[oa]|figli[oa]|bebe|hij[oa]|nin[oa])\b[^.!?,;]{0,20}?(?:(?:under|less than|not yet)\s+(\d{1,2})\s*months?\s+old|(?:ha|di) meno di (\d{1,2}) mesi|(?:tiene|de) menos de (\d{1,2}) meses)|(?:${BABY})\s?(?:啊|呀|呢|嘛)?[^\d，。,.!?！？]{0,6}?(?:还?差\s*(?:几|一两|两|\d{1,2})?\s*(?:天|个礼拜|个星期|周)就?满|快要?满)\s*(\d{1,2})\s*个月`,
  'gu',
);
/**
 * A baby word, then "only" or "just" (Cantonese 先, 先得, 啱啱): "BB先两个月", "我个仔先得六个礼拜", "BB啱啱两个月", "BB先至六个礼拜" are
 * babies only that old. Cantonese 个仔 ("my son") counts as a baby word here only. The age may stand in brackets
 * after the word: "宝宝（七周），体温38.4".
 */
const BABY_ONLY = String.raw`(?:${BABY}|个仔|个女)(?:\s?[(（]\s?)?(?:先得|先至|先|啱啱|岩岩|(?:都|仲|就)?(?:系)?得|只有|才|刚|都只有)?(?![^，。,.!?！？]{0,8}?(?:假|签证|合同))`;
/**
 * Born, and how long ago up to today: "出生到今天刚好5个礼拜", Cantonese "出世咗7个礼拜", Qingtian "才生落7个礼拜", "出生5 semanas" (a mixed
 * message's Latin unit).
 */
const BORN_ZH =
  '(?:出生|出世|生下来|生落来|生落|落地)(?:咗|了)?(?:到(?:今天|今日|而家|现在))?(?:已经|刚好|刚刚|啱啱|才|先|只有)?';
const AGE_MONTHS_ZH_AFTER = new RegExp(
  String.raw`(?:${BABY_ONLY}|${NOT_PREGNANCY_ZH}${NOT_STAY_ZH}(?:才|刚|只有(?![^，。,.!?！？]{0,8}?(?:就|便|假|签证|合同|时间))|刚刚|满)|${BORN_ZH})\s*(\d{1,2})\s*(?:个多月|个半月|个月|多月|meses|mesi)`,
  'gu',
);
/** "bimbo di 2 mesi", "2 months old", and a child who "has" its months ("mi hermanita tiene un mes", "la bimba ha 2 mesi"). */
const AGE_MONTHS_LATIN = new RegExp(
  String.raw`${NOT_SPAN}${NOT_PREGNANCY}(?:di|de)\s+(\d{1,2})\s*(?:mesi|mese|meses|mes)(?![a-z])|(\d{1,2})[\s-]*(?:months?|mos?)[\s-]*old|(?<![a-z])(?:hij[oa]|hermanit[oa]|sobrin[oa]|bebe|nin[oa]|figli[ao]|bimb[ao]|bambin[ao]|sorellin[ao]|fratellin[oa]|neonat[oa]|baby|son|daughter)(?![a-z])[^.!?]{0,12}?(?<![a-z])(?:tiene|ha|is)\s+(\d{1,2})\s*(?:meses|mes|mesi|mese|months?)(?![a-z])(?!\s+(?:de embarazo|di gravidanza|pregnant|con|que|sin|de baja|with|che))`,
  'gu',
);
/**
 * A baby's age told by the time since it was born ("bimbo nato da 2 mesi e mezzo", "nacida hace 2 meses", "born 6
 * weeks ago" is AGE_WEEKS'), a half month added when said (Round 32); not how early it was born ("born 2 months
 * premature", "nato 2 mesi prima del termine", "nació 2 meses antes de tiempo").
 */
const AGE_BORN_AGO =
  /(?<![a-z])(?:nat[oa]|nacid[oa]|nacio|born)\s+(?:da\s+|hace\s+)?(\d{1,2})\s*(?:mesi|mese|meses|mes|months?)(?![a-z])(?!\s+(?:prima|antes|early|premature|in anticipo|before))(\s+(?:e mezzo|y medio|and a half))?/gu;
const WN = String.raw`(\d{1,2})`;
const WEEK_ZH = '(?:周(?!岁)|星期|个星期|个礼拜|礼拜)';
/**
 * Ages in weeks; "ha solo 6 settimane", "tiene apenas 3 semanas": only so many weeks is a baby's age even without a
 * baby word ("ha solo 2 settimane di ferie", "tiene solo 3 semanas con fiebre" are spans).
 */
const AGE_WEEKS = new RegExp(
  String.raw`(?<!比\s*)(\d{1,2})\s*${WEEK_ZH}(?=大(?!概|约|致|多|部|家|半|于)|(?:的)?(?:${BABY}))|(?:${BABY_ONLY}|${NOT_PREGNANCY_ZH}${NOT_STAY_ZH}(?:才|刚)|${BORN_ZH})\s*(\d{1,2})\s*(?:${WEEK_ZH}|semanas|settimane|weeks)(?!\s*(?:前|以前|之前|后|ago))|${NOT_SPAN}${NOT_PREGNANCY}(?:di|de)\s+${WN}\s*(?:settimane|semanas)(?![a-z]*\s*(?:de embarazo|di gravidanza))|(?<![a-z])(?:ha|tiene)\s+(?:solo|solamente|soltanto|appena|apenas)\s+${WN}\s*(?:settimane|semanas)(?!\s*(?:di|de|da|con|que|sin|che|in|en)(?![a-z]))|(?<![a-z])${WN}[\s-]*(?:weeks?|wks?)[\s-]*old|(?:figli[ao]|bimb[ao]|bambin[ao]|neonat[ao]|hij[ao]|bebe|beba|nin[ao]|baby|little one|piccol[ao]|pequen[ao]|sobrin[oa]|niet[oa]|nipot(?:in[oa]|e)|net[oa])[^.!?。！？]{0,20}?(?<![a-z])${WN}\s*(?:settimane|semanas|weeks|wks?)(?![a-z]*\s*(?:de embarazo|di gravidanza|pregnant))|(?<![a-z])(?:son|daughter|boy|girl|grandson|granddaughter|nephew|niece|hij[oa]|figli[oa]|niet[oa]|nipot(?:in[oa]|e))(?![a-z])[^.!?,]{0,12}?(?<![a-z])(?:is|tiene|ha|e)\s+(?:only\s+|just\s+|solo\s+|apenas\s+)?${WN}\s*(?:weeks?|wks?|semanas|settimane)(?![a-z])(?![\s-]*(?:pregnant|de embarazo|di gravidanza|con|que|sin|che|with|of|into|in|ago|later|after|before|since|at|post|postpartum|postparto|postop|out|from|dopo|despues)(?![a-z]))`,
  'gu',
);

/** "烧了才2天", "38 才1天": 才 after a reading or a complaint is how long it has lasted, not a baby's age. */
const NOT_DURATION_ZH = String.raw`(?<![\d度°烧热咳吐泻拉了]\s*)`;
/**
 * Ages in days ("40天的小孩", "出生10天", "出生第18天", "宝宝20多天", Cantonese "宝宝才50日"): also what `readDays` must not
 * take for a duration.
 */
const AGE_DAYS = new RegExp(
  String.raw`(?:(?:出生|出世|生下来)(?:后|以后)?\s*第?|${NOT_PREGNANCY_ZH}${NOT_STAY_ZH}${NOT_DURATION_ZH}(?:才|刚)|${BABY_ONLY})\s*(\d{1,3})\s*(?:多|来|几)?(?:天|日(?![本子期记常]))(?!前|后|以前|之前|以后)|(?<!比\s*)(\d{1,3})\s*(?:多|来|几)?天(?=大(?!概|约|致|多|部|家|半|于)|(?:的)?(?:${BABY}))|${NOT_SPAN}(?:di|de)\s+(\d{1,2})\s*(?:giorni|dias)(?![a-z])|(\d{1,2})[\s-]*days?[\s-]*old|(?:最小|最细|小的|细的|老[二三四]|[二三]宝)(?:的|那个|嗰个|个)?\s*(\d{1,3})\s*(?:多)?(?:天|日)(?=的(?!烧|药|疫苗|咳|病|针|热|假)|大)|(?<![a-z])(?:piccol[oa]|bimb[oa]|bambin[oa]|neonat[oa]|bebe|beba|nene|nena|baby|figli[oa]|hij[oa])(?![a-z])[^.!?,]{0,12}?(?<![a-z])(?:ha|tiene|is)\s+(?:solo\s+|appena\s+|apenas\s+|only\s+|just\s+)?(\d{1,2})\s*(?:giorni|dias|days)(?![a-z])(?!\s+(?:di|de|da|que|che|con|sin|of|with|ago|fa)(?![a-z]))`,
  'gu',
);

/**
 * How long ago the mother gave birth ("生完孩子三周", "产后第十天", "坐月子第8天", "剖腹产才两个礼拜"): the baby's age,
 * but when only the mother is spoken of ("生完孩子三周 奶少 还老掉头发", "我老婆生完孩子七周，头发掉得厉害") the patient is
 * the mother, and no infant's age is read from it. The baby is spoken of when a baby word stands elsewhere, not as
 * what someone looks at, holds or feeds ("宝宝发烧38.2" yes; "看着宝宝也开心不起来" no).
 */
const SINCE_BIRTH = new RegExp(
  String.raw`(?:刚|才)?(?:生完|生了|生下|生好|生产完|产后|坐月子|剖腹产完?|顺产完?)(?:后|以后)?\s*(?:了)?\s*(?:二胎|二宝|老二|${BABY})?\s*(?:已经|才|刚|刚好|只有)?\s*第?\s*(\d{1,2})\s*(个多月|个半月|个月|多月|周(?!岁)|星期|个星期|个礼拜|礼拜|多天|天|日)`,
  'gu',
);
const BABY_SPOKEN_OF = new RegExp(
  String.raw`(?<!看着|看到|看|抱着|抱|喂|照顾|带|哄|陪|给|对|生)(?:${BABY})(?!生|剖腹|顺产|产后|坐月子|刚生|才生)`,
  'u',
);

/**
 * The text other ages are read from, and the baby's age told as the time since the birth (`SINCE_BIRTH`): read when the
 * baby is spoken of ("坐月子第8天 宝宝38度" is a baby of 8 days), dropped when only the mother is.
 */
function sinceBirth(t: string): { text: string; ages: number[] } {
  const rest = t.replace(SINCE_BIRTH, '生');
  if (rest === t) return { text: t, ages: [] };
  if (!BABY_SPOKEN_OF.test(rest)) return { text: rest, ages: [] };
  const ages: number[] = [];
  for (const m of t.matchAll(SINCE_BIRTH)) {
    const n = Number(m[1]);
    const unit = m[2] ?? '';
    if (unit.includes('月')) ages.push((n + (unit === '个半月' ? 0.5 : 0)) / 12);
    else if (/[周星礼]/u.test(unit)) ages.push((n * 7) / 365);
    else ages.push(n / 365);
  }
  return { text: t, ages };
}

/** A baby a month old: "满月宝宝", "刚满月", "没满月" (not the party, 满月酒, a guest may write about). */
const FULL_MONTH = /满月(?!饼|酒|宴|照|礼|party)/u;
/**
 * A baby born on a day of last month or this one ("il piccolo è nato il 3 del mese scorso", "nació el 5 de este mes",
 * "born on the 3rd of last month"): at most about two months old.
 */
const BORN_LAST_MONTH =
  /(?<![a-z])(?:nat[oa]|nacid[oa]|nacio|born)(?![a-z])[^.!?,]{0,6}?(?<![a-z])(?:il|el|on the|the)?\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:(?:del|de|of)\s+)?(?:mese scorso|questo mese|mes pasado|este mes|last month|this month)(?![a-z])/u;
/** A baby a month and a half old ("mi hija tiene mes y medio", "la bimba ha un mese e mezzo", "bebita de mes y medio"). */
const MONTH_AND_A_HALF =
  /(?<![a-z])(?:hij[oa]|hijit[oa]|bebe|beba|bebit[oa]|nin[oa]|nene|nena|bimb[oa]|bambin[oa]|figli[oa]|neonat[oa]|piccol[oa]|baby|son|daughter)(?![a-z])[^.!?,]{0,12}?(?<![a-z])(?:tiene|de|ha|di|is)\s+(?:un\s+|a\s+|solo\s+|just\s+)?(?:mes y medio|mese e mezzo|month and a half)(?![a-z])(?!\s+(?:con|de|que|sin|di|che|with|of)(?![a-z]))/u;

const DAYS =
  /(?:第\s*)?(\d{1,2})\s*(?:天|日(?!本)|days?(?![a-z])|giorni|giorno|dias|dia(?![a-z]))|(一个?星期|一周(?!岁)|1周(?!岁)|1个星期|a week|1 week|una settimana|1 settimana|una semana|1 semana|一个礼拜)/gu;

function num(s: string): number {
  return Number(s.replace(',', '.'));
}

function toCelsius(v: number, unit: 'c' | 'f' | null): number | null {
  if (unit === 'f' || (unit === null && v >= 95 && v <= 110)) {
    const c = ((v - 32) * 5) / 9;
    return c >= 34 && c <= 44 ? Math.round(c * 10) / 10 : null;
  }
  return v >= 34 && v <= 44 ? v : null;
}

/**
 * A temperature taken on the body just before the number ("刚才量腋下38度2"): a reading even beside the weather ("外面三十五度,
 * 是不是穿多了"), which only makes other numbers the air's.
 */
const MEASURED_JUST_BEFORE = /(?:量|测|探|腋下|腋温|体温|额温|耳温|肛温)[^\d，。,.!?！？]{0,4}$/u;

/** The highest body temperature in a text; `child`: a child's age was read, so TEMP_VERB counts too. */
export function readTemperature(t: string, child = false): number | null {
  const found: number[] = [];
  const add = (v: number | null): void => {
    if (v !== null) found.push(v);
  };
  const weather = WEATHER.test(t) || (WEATHER_ANY.test(t) && AIR_NUMBER.test(t));
  for (const m of t.matchAll(TEMP_UNIT)) {
    if (weather && !MEASURED_JUST_BEFORE.test(t.slice(Math.max(0, m.index - 8), m.index))) continue;
    const base = num(m[1] ?? '');
    const decimal =
      m[3] !== undefined && !/[.,]/.test(m[1] ?? '') ? (m[3] === '半' ? 0.5 : Number(m[3]) / 10) : 0;
    add(toCelsius(base + decimal, m[2] === 'f' ? 'f' : m[2] === 'c' ? 'c' : null));
  }
  if (!weather) for (const m of t.matchAll(TEMP_UNIT_WORD)) add(toCelsius(num(m[1] ?? ''), null));
  for (const m of t.matchAll(TEMP_F)) add(toCelsius(num(m[1] ?? ''), 'f'));
  if (!weather) for (const m of t.matchAll(TEMP_CONTEXT)) add(toCelsius(num(m[1] ?? ''), null));
  for (const m of t.matchAll(TEMP_AFTER)) add(toCelsius(num(m[1] ?? ''), null));
  if (!weather) for (const m of t.matchAll(TEMP_BARE)) add(Number(`${m[1]}.${m[2]}`));
  if (!weather) for (const m of t.matchAll(TEMP_ROUGH)) add(Number(m[1] ?? m[2]));
  if (child && !weather)
    for (const m of t.matchAll(TEMP_VERB)) add(Number(m[2] === undefined ? m[1] : `${m[1]}.${m[2]}`));
  if (child && !weather) for (const m of t.matchAll(TEMP_SPOKEN)) add(Number(`${m[1]}.${m[2]}`));
  return found.length > 0 ? Math.max(...found) : null;
}

/**
 * A reading taken once the oximeter (or the oxygen reading) is named anywhere in the message: "血氧机度咗下，得90",
 * "指氧仪刚测的，91 92跳来跳去", "公公今天早上坐着测了88", "finger oxygen things … it's showing 88 now". A measuring verb
 * (or 得/只有) then a number 70–99 that is not a time, an age, a temperature, a weight or another measure named just before.
 */
const SPO2_NAMED =
  /夹子上显示|手指夹|指夹|夹手指的|pulsioximetro|pulsossimetro|血氧|血含氧|血养|指氧|饱和度|saturimetro|saturometro|saturazione|saturacion|oximetro|ossimetro|oximeter|pulse ox|spo2|finger oxygen|oxygen thing|oxygen monitor|(?<!(?:vanish|quitamanchas|quita manchas|smacchiatore)\s?)(?<![a-z])oxi(?![a-z])(?!\s*action)/u;
const SPO2_MEASURED = new RegExp(
  String.raw`(?:测了|测出来?|测到|测得|测的|(?<![预检])测是|量是|再测|度咗下?|度到|度出|量了|量到|量出来?|显示(?:的是)?|(?:量了|测了|夹了)(?![^\d，,。.!?！？]{0,3}(?:${OTHER_MEASURE}|腰围|臀围|胸围|头围|身高|体脂|尺寸|size))[^\d，,。.!?！？]{1,4}(?=[，,])|屏幕上|(?<![a-z])(?:le|me|te|nos|les) sale(?![a-z])|(?<![觉记晓懂值舍认])得|只有|念给我听|读给我听|念出来|showing|shows|reads|says|marca|segna|(?:adesso|ora|ahora|now|ya|oggi|hoy)\s+(?:e|esta|sta|is|was|era|estaba)\s+(?:a|at|en|al))[\s，,:：“"「]*(?:一下|下)?[\s，,:：“"「]*(?:只有|才|都系得|系得|得|一直是|一直都是|都是|还是|说是|是|系)?\s*(\d{2})(?:\s+(\d{2}))?(?![\d.,]\d)(?!\s*(?:点|岁|度|°|天|日|分|多?次|多?遍|号|年|个|块|欧|kg|公斤|斤|min|bpm|/|mmhg|years|anni|anos|%以上|over|su|sobre|euros?|eur|€|\$|dollars?|pounds?|£|dolares|sterline))`,
  'gu',
);
/** Another measure named before a number (a fever is no measure of a number 70–99: "咳嗽发烧 今天测出来一直是 91"; "测了血压，得90", "her pulse, which I just measured, reads 88", "低压只有85", "年龄都系得75"), with no oximeter named between. */
const OTHER_BEFORE = new RegExp(
  String.raw`(?:${MEASURE_NAMES}|低压|高压|(?<![a-z])bp(?![a-z])|年龄|年纪|岁数)(?:(?!${SPO2_NAMED.source})[^。.!?！？]){0,30}$`,
  'u',
);

/**
 * A device not named ("el aparato marca 92, 91", "l'apparecchio segna 90", "the machine says 91"), read as the oximeter
 * only in a message about breathing or a cough that names no other measure (`OTHER_MEASURE`, a sugar, a pressure), and
 * not before a unit ("marca 90 grados", "segna 90 minuti di cardio").
 */
const DEVICE_READING =
  /(?<![a-z])(?:el aparat(?:o|ito)|la maquinita|l'apparecchi(?:o|etto)|the (?:device|machine|gadget))\s+(?:marca|marcaba|dice|decia|segna|segnava|says|shows|reads)\s*(\d{2})(?![\d.,]\d)(?!\s*(?:%?\s*(?:grad|minut|cacit|lavagg|gradi|degree|min\b|euro|€|km|kg|volte|veces|times|ore|horas|hours|anni|anos)))/gu;
const BREATHING_TALK =
  /咳|喘|气短|呼吸|新冠|阳了|肺炎|(?<![a-z])(?:tos|tose|tosse|cough|coughing|covid|fiebre|febbre|fever|flu|gripe|influenza|respira\w*|ahog\w*|affann\w*|breath\w*|pulmonia|polmonite|pneumonia)(?![a-z])/u;
const NOT_OXYGEN_TALK = new RegExp(
  String.raw`${OTHER_MEASURE}|azucar|zucchero|tension|glucometr|termometr|thermometer|bilancia|bascula|scale`,
  'u',
);

/** `named`: whether the oximeter is named in the whole message (a what-if clause naming it may have been blanked out). */
/**
 * An oximeter's reading told digit by digit ("第一个字系9，第二个字系2", "一个「9」一个「2」", "first digit 9, second 2"):
 * read once the oximeter is named.
 */
const SPO2_PIECES =
  /(?:第一个(?:字|数字|数)?|一个(?=\s*(?:系|是|係)?\s*[「“"'])|first (?:digit|number)(?: is| was)?)\s*(?:系|是|係)?\s*[「“"']?\s*([5-9])\s*[」”"']?[^\d。.!?！？]{0,6}?(?:第二个(?:字|数字|数)?|一个(?=\s*(?:系|是|係)?\s*[「“"'])|second(?: one| digit| number)?(?: is| was)?)\s*(?:系|是|係)?\s*[「“"']?\s*(\d)(?!\d)(?!\s*(?:岁|块|欧|元|号|个|月|年|天|点|度|kg|公斤|斤|cm|€|euros?))/gu;
/** A threshold word before a number ("低于93要去", "si baja de 93 hay que", "if it's below 92 is dangerous"). */
const THRESHOLD_BEFORE = String.raw`(?:低于|低过|高于|小于|少于|大于|不到|超过|以下|掉到|降到|below|under|less than|lower than|above|sotto|scende|menos de|por debajo|baja de|baja a|inferiore|(?<![a-z])(?:si|if|se)(?![a-z]))`;
/** A measuring word before a number ("测出来 88", "marca 88", "shows 88"): the patient's reading, never a threshold. */
const MEASURING_BEFORE = String.raw`(?:测|量|显示|度咗|夹了|marca|segna|shows|showing|reads|says|sale)`;
/**
 * A number someone else's ("睇新闻话有个老人家血氧得80几", "朋友说 saturación 93 就要去 urgencias"): news, hearsay or a
 * threshold after a threshold word is no reading of the patient; its digits are masked before reading. Not a
 * device bought online ("网上买的血氧仪"), a video call, the news on while measuring, nor a reading right after a
 * measuring word ("测出来 88 要去医院吗", "marca 88 hay que ir").
 */
const NOT_OWN_NUMBER = new RegExp(
  String.raw`(?:新闻(?!的时候|时)|网上(?!买|订|购|下单|下的单)|听说|有个老人|有人说|有人讲|朋友说|朋友讲|视频(?:里|上|中)?(?:说|讲|话|教)|(?<![a-z])(?:news|noticias?|notizi[ae]|someone|alguien|qualcuno)(?![a-z]))[^。.!?！？，,\d]{0,20}?(?<![\d.,])(\d{2})(?![\d.,]\d)|(?<=${THRESHOLD_BEFORE}[^\d。.!?！？]{0,12}?)(?<![\d.,])(\d{2})(?![\d.,]\d)(?=\s*%?\s*(?:就要|就得|就该|要去|就危险|很危险|(?<![a-z])(?:hay que|bisogna|you (?:should|need)|is dangerous|es peligroso)(?![a-z])))|(?<!${MEASURING_BEFORE}[^\d。.!?！？]{0,12}?)(?<![\d.,])(\d{2})(?![\d.,]\d)(?=\s*%?\s*(?:就要|就得|就该|就危险))`,
  'gu',
);
/** A reading blamed on a moving hand and retaken normal ("有1次显示91，但是手在动，再测就96了"). */
const RETAKEN_NORMAL =
  /(?<![\d.,])(\d{2})(?![\d.,]\d)(?=[^。.!?！？]{0,8}(?:手在动|手动了|手一直动|没夹好|夹歪了|moving|se movia|si muoveva)[^。.!?！？]{0,8}(?:再测|重新测|又测|retest|measured again|otra vez|di nuovo)[^\d。.!?！？]{0,4}(?:9[5-9]|100))/gu;

export function readSpo2(raw: string, named = SPO2_NAMED.test(raw)): number | null {
  const t = raw
    .replace(NOT_OWN_NUMBER, (m) => m.replace(/\d/gu, '#'))
    .replace(RETAKEN_NORMAL, (m) => m.replace(/\d/gu, '#'));
  const found: number[] = [];
  if (named)
    for (const m of t.matchAll(SPO2_PIECES)) {
      const v = Number(`${m[1]}${m[2]}`);
      if (v >= 70 && v <= 99) found.push(v);
    }
  if (named)
    for (const m of t.matchAll(SPO2_MEASURED)) {
      if (OTHER_BEFORE.test(t.slice(Math.max(0, m.index - 36), m.index))) continue;
      for (const x of [m[1], m[2]]) {
        const v = Number(x);
        if (x !== undefined && v >= 70 && v <= 99) found.push(v);
      }
    }
  for (const m of t.matchAll(SPO2)) {
    if (THRESHOLD_WORDS.test(m[1] ?? '')) continue;
    if (PRICE_BETWEEN.test(m[1] ?? '') || PRICE_AFTER.test(t.slice(m.index + m[0].length))) continue;
    if (NOT_READING_BETWEEN.test(m[1] ?? '')) continue;
    const v = Number(m[2]);
    if (v >= 50 && v <= 100) found.push(v);
  }
  for (const m of t.matchAll(SPO2_LATER)) {
    if (NOT_READING_BETWEEN.test(m[0]) || PRICE_AFTER.test(t.slice(m.index + m[0].length))) continue;
    const v = Number(m[1]);
    if (v >= 50 && v <= 100) found.push(v);
  }
  for (const re of [SPO2_TRIES, SPO2_TRIES_LATER]) {
    for (const m of t.matchAll(re)) {
      for (const x of (m[1] ?? '').split(/[^\d]+/u)) {
        const v = Number(x);
        if (x !== '' && v >= 50 && v <= 100) found.push(v);
      }
    }
  }
  for (const m of t.matchAll(SPO2_CLIP_LATER)) {
    const v = Number(m[1]);
    if (v >= 50 && v <= 100) found.push(v);
  }
  for (const m of t.matchAll(SPO2_FALLING)) {
    // each later number that is not a time, an age, a temperature or a phone number
    for (const r of (m[1] ?? '').matchAll(
      /(?<![\d.,])(\d{2,3})(?![\d.,]\d)(?!\s*(?:点|岁|度|°|天|分|min|anni|anos|years))/gu,
    )) {
      const v = Number(r[1]);
      if (v >= 50 && v <= 100) found.push(v);
    }
  }
  for (const m of t.matchAll(SPO2_THEN)) {
    const v = Number(m[1]);
    if (v >= 50 && v <= 100) found.push(v);
  }
  for (const m of t.matchAll(SPO2_TIMED)) {
    const v = Number(m[1]);
    if (v >= 50 && v <= 100) found.push(v);
  }
  for (const m of t.matchAll(SPO2_NOW)) {
    for (const x of [m[1], m[2]]) {
      const v = Number(x);
      if (v >= 50 && v <= 100) found.push(v);
    }
  }
  if (BREATHING_TALK.test(t) && !NOT_OXYGEN_TALK.test(t))
    for (const m of t.matchAll(DEVICE_READING)) {
      const v = Number(m[1]);
      if (v >= 70 && v <= 99) found.push(v);
    }
  for (const m of t.matchAll(SPO2_CLIP_TOP)) {
    const v = Number(m[1]);
    if (v >= 50 && v <= 100) found.push(v);
  }
  if (!NOT_SPO2_SERIES.test(t) && (named || (BREATHING_TALK.test(t) && !NOT_OXYGEN_TALK.test(t))))
    for (const m of t.matchAll(SPO2_SERIES)) {
      const vs = (m[1] ?? '')
        .split(/[^\d]+/u)
        .filter((x) => x !== '')
        .map(Number);
      if (!vs.every((v) => v >= 80 && v <= 100)) continue;
      found.push(Math.min(...vs));
      // a later reading told as now after the series ("97 96 95 this morning, now 88", "97 98 99 昨天，今天早上88")
      const later = SPO2_AFTER_SERIES.exec(t.slice((m.index ?? 0) + m[0].length));
      const v = Number(later?.[1]);
      if (v >= 70 && v <= 99) found.push(v);
    }
  if (named && !NOT_OXYGEN_TALK.test(t))
    for (const m of t.matchAll(SPO2_BARE_NOW)) {
      const v = Number(m[1]);
      if (v >= 70 && v <= 99) found.push(v);
    }
  if (!NOT_SPO2_SERIES.test(t))
    for (const m of t.matchAll(SPO2_SERIES_FALLING)) {
      const vs = (m[1] ?? '')
        .split(/[^\d]+/u)
        .filter((x) => x !== '')
        .map(Number);
      const falling = vs.every((v, i) => i === 0 || v <= (vs[i - 1] ?? v)) && (vs.at(-1) ?? 0) < (vs[0] ?? 0);
      if (falling && vs.every((v) => v >= 70 && v <= 100)) found.push(Math.min(...vs));
    }
  return found.length > 0 ? Math.min(...found) : null;
}

/** "son (7)", "mi hija (16)", "mi padre (69)", "dad (80, covid)": an age in brackets right after a relative. */
const AGE_KIN_BRACKET =
  /(?:son|daughter|kid|child|boy|girl|dad|mum|mom|father|mother|husband|wife|grandma|grandpa|hij[oa]|padre|madre|marido|mujer|espos[oa]|abuel[oa]|figli[oa]|marito|moglie|nonn[oa]|儿子|女儿|孩子|爸|妈|老公|老婆|爷爷|奶奶|外公|外婆)\s*\((\d{1,3})(?:\)|\s*[,，;]\s*[a-z\u4e00-\u9fff])/gu;

/**
 * An older relative's age said without a unit: "我婆婆七十二了", "阿爸73 发烧", "我今年71", "my dad is 72", "Dad's 68".
 * Only 60 to 110 counts (a temperature or an SpO2 written after the person is lower or needs its word).
 */
const AGE_KIN_BARE_ZH =
  /(?:爸|妈|爷|奶奶|外公|外婆|阿公|阿婆|阿嬷|阿太|婆婆|公公|老伴|老公|老婆|老头|老太|岳父|岳母|丈人|丈母娘|我)(?:今年|已经|都)?(\d{2,3})(?=了|多了|岁|\s|,|，)/gu;
const AGE_KIN_BARE_LATIN =
  /(?<![a-z])(?:dad|father|mum|mom|mother|grandma|grandpa|grandmother|grandfather|granny|husband|wife|uncle|aunt|i)(?:'s| is| am|'m|,)\s*(\d{2,3})(?![\d.,]\d)(?!\s*(?:kg|lbs?|%|°|degrees|f(?![a-z])|c(?![a-z])|mg|mmol|bpm|\/|over|percent))/gu;

/** Older relatives' ages said without a unit (`Readings.elderAges`). */
export function readElderAges(t: string): number[] {
  const ages: number[] = [];
  for (const re of [AGE_KIN_BARE_ZH, AGE_KIN_BARE_LATIN]) {
    for (const m of t.matchAll(re)) {
      const v = Number(m[1]);
      if (v >= 60 && v <= 110) ages.push(v);
    }
  }
  return [...new Set(ages)];
}

export function readAges(text: string): number[] {
  const { text: t, ages } = sinceBirth(text);
  for (const m of t.matchAll(AGE_KIN_BRACKET)) {
    const v = Number(m[1]);
    if (v <= 120) ages.push(v);
  }
  for (const m of t.matchAll(AGE_YEARS)) {
    const v = Number(m[1]);
    if (v <= 120) ages.push(v);
  }
  for (const m of t.matchAll(AGE_BORN_AGO)) ages.push((Number(m[1]) + (m[2] ? 0.5 : 0)) / 12);
  for (const re of [AGE_MONTHS_ZH, AGE_MONTHS_ZH_AFTER, AGE_MONTHS_LATIN]) {
    for (const m of t.matchAll(re)) ages.push(Number(m[1] ?? m[2] ?? m[3]) / 12);
  }
  for (const m of t.matchAll(AGE_WEEKS)) {
    const w = Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7]);
    if (w > 0) ages.push((w * 7) / 365);
  }
  for (const m of t.matchAll(AGE_DAYS)) {
    const days = Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]);
    if (days <= 120) ages.push(days / 365);
  }
  for (const m of t.matchAll(AGE_MONTHS_UNDER)) {
    const v = Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]);
    // weeks ("6个礼拜不到") are already under a few months; months are read half a month younger
    const weeks = m[1] !== undefined && /礼拜|周/u.test(m[0]);
    if (v > 0) ages.push(weeks ? (v * 7 - 3) / 365 : (v - 0.5) / 12);
  }
  for (const m of t.matchAll(AGE_MONTHS_NOT_YET)) {
    const v = Number(m[1]);
    if (v > 0) ages.push((v - 0.5) / 12);
  }
  // "满月宝宝", "刚满月", "还没满月": a baby of about a month (not 满月 of a later age: "满3个月")
  if (FULL_MONTH.test(t)) ages.push(1 / 12);
  if (MONTH_AND_A_HALF.test(t)) ages.push(1.5 / 12);
  if (BORN_LAST_MONTH.test(t)) ages.push(1.5 / 12);
  return [...new Set(ages)];
}

export function readDays(text: string): number | null {
  const t = text
    .replace(AGE_DAYS, ' ')
    .replace(/\d{1,2}\s*(?:个多月|个半月|个月)\s*零?\s*\d{1,2}\s*[天日]/gu, ' ')
    .replace(/\d{1,2}\s*月\s*\d{1,2}\s*[日号]/gu, ' ');
  let most: number | null = null;
  for (const m of t.matchAll(DAYS)) {
    const v = m[2] !== undefined ? 7 : Number(m[1]);
    if (v > 0 && v <= 60 && (most === null || v > most)) most = v;
  }
  return most;
}

/** `whole`: the message a what-if clause was blanked out of (the oximeter may be named only there). */
export function readNumbers(prepared: string, whole = prepared): Readings {
  const agesYears = readAges(prepared);
  return {
    temperatureC: readTemperature(
      prepared,
      agesYears.some((a) => a < YOUNG_CHILD_YEARS),
    ),
    spo2: readSpo2(prepared, SPO2_NAMED.test(whole)),
    agesYears,
    elderAges: readElderAges(prepared),
    days: readDays(prepared),
  };
}
