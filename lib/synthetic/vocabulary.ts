// Owns the raw material of synthetic Chinese news text: common Simplified words by role in a
// sentence (with their Traditional forms, derived once with opencc-js), connectives, units,
// topic tags and the pieces of outlet and person names. A few given-name characters are
// astral (CJK Extension B), as real names sometimes are, so code-point handling is exercised.
// Beside the common words, a lexicon of proper names (people, places, transliterated foreign
// names: 普京, 莫迪 style), mostly of two characters, drawn Zipf-style by rank: a few are in
// most news, most turn up in a handful of articles, as names do in real news.
import * as OpenCC from 'opencc-js/cn2t';
import { createRng } from './prng';

export type Script = 'simplified' | 'traditional';

/** One word in both scripts; both forms have the same number of code points. */
export type Word = { readonly simplified: string; readonly traditional: string };

const SUBJECTS = `政府 外交部 国家主席 国务院 总理 发言人 记者 专家 分析人士 官员 代表团 美国 俄罗斯 中国 日本 韩国 印度
欧盟 联合国 北约 上海合作组织 北京 莫斯科 华盛顿 东京 首尔 新德里 布鲁塞尔 台湾 香港 企业 银行 央行 军方 警方 法院 学者
民众 网民 媒体 议员 国会 商务部 财政部 国防部 统计局 研究机构 智库 反对派 工会 学生 选民 投资者 外国企业 地方政府
哈萨克斯坦 乌克兰 白俄罗斯 伊朗 巴基斯坦 土耳其 德国 法国 英国 澳大利亚 加拿大 越南 菲律宾 新加坡`;

const VERBS = `表示 宣布 指出 认为 强调 批评 否认 确认 访问 会见 签署 发布 举行 参加 讨论 推动 加强 支持 反对 呼吁 报道 透露 警告
承诺 提出 达成 增加 减少 扩大 实施 暂停 恢复 调查 关注 回应 谴责 欢迎 拒绝 通过 审议 启动 完成 扩展 限制 放宽 延长 取消`;

const OBJECTS = `协议 合作 经济 贸易 投资 能源 安全 军事 外交 关系 政策 会议 峰会 声明 计划 项目 市场 制裁 关税 选举 人权 疫情 疫苗
科技 芯片 供应链 石油 天然气 粮食 汇率 通胀 增长 就业 债务 基础设施 一带一路 领土 边境 演习 武器 导弹 核问题 气候变化
难民 抗议 报告 数据 预算 改革 法案 条约 谈判 对话 伙伴关系 新闻自由 网络安全 人工智能 电动汽车 房地产 出口 进口 旅游
教育 医疗 养老金 水资源 交通 航运 港口 铁路 电网 稀土 农业 渔业 金融风险 货币政策 财政赤字`;

const MODIFIERS = `进一步 全面 双边 多边 重要 主要 新的 长期 短期 全球 地区 国际 国内 战略 务实 紧急 历史性 具体 有关 相关 共同
积极 稳定 持续 重大 初步 正式 临时 秘密 公开 联合`;

const TIMES = `今年 去年 明年 本周 上周 近日 目前 此前 周一 周二 周三 周四 周五 周末 当天 昨天 今天 上个月 本月 年初 年底
近年来 过去一年 未来五年`;

const CONNECTIVES = `但是 同时 此外 因此 然而 据悉 据报道 另外 而且 不过 与此同时 对此 值得注意的是 分析认为 外界认为`;

const SPEECH_VERBS = `表示 指出 强调 说 透露 承认 坦言 警告 认为`;

const OUTLET_STEMS = `东方 南方 北方 环球 新华 大地 光明 长江 黄河 太平洋 亚洲 自由 民主 公民 联合 世界 中央 海峡 星岛 明报 经济 财经
观察 晨光 青年 人民 华夏 神州 天下 风云 时代 前哨 新世纪 文汇 大公 信报 华侨 侨报 中华 海外 万维 多维 博讯 端传`;

const OUTLET_SUFFIXES = `日报 时报 晚报 新闻网 之声 周刊 电视台 通讯社 观察 评论 网 电台 月刊 新闻 在线 论坛报`;

const SURNAMES = `王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 萧 田 董 潘 袁 蔡 蒋 余`;

const GIVEN = `伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 文 辉 建 国 志 红 海 峰 俊 婷 玲 雪 龙 宁 博 欣`;

/** Syllables of transliterated foreign names and places. */
const TRANSLITERATION = `阿 巴 贝 波 布 达 德 迪 多 恩 法 菲 弗 戈 格 哈 赫 霍 基 吉 杰 卡 凯 科 库 拉 莱 兰 里 利 卢 鲁 罗 洛 马 迈 米 莫
穆 纳 内 尼 诺 帕 佩 皮 普 奇 乔 萨 塞 桑 斯 索 塔 泰 特 图 托 瓦 威 维 沃 西 辛 亚 耶 伊 尤 扎 泽 京 朗 奥 埃 安 欧`;

const PLACE_SUFFIXES = `市 省 县 港 湾 岛 州 镇 山 河`;

/** How many proper names the lexicon holds. */
export const NAME_COUNT = 30_000;

/** CJK Extension B, outside the BMP: two UTF-16 units, one code point each. */
export const ASTRAL_GIVEN = ['𠮷', '𡈽', '𤆬', '𠀾', '𥁕', '𦰡'] as const;

export const TOPICS = [
  'diplomacy', 'trade', 'economy', 'security', 'military', 'energy', 'technology', 'elections', 'human-rights',
  'public-health', 'climate', 'finance', 'sanctions', 'taiwan', 'hong-kong', 'xi-putin', 'sco', 'ukraine-war',
  'belt-and-road', 'supply-chain', 'semiconductors', 'agriculture', 'infrastructure', 'migration', 'education',
  'media-freedom', 'cybersecurity', 'real-estate', 'labour', 'environment',
] as const;

/** Units a quantity claim counts in, with how the text writes them. */
export const QUANTITY_UNITS = [
  { unit: '%', text: '%' },
  { unit: 'billion USD', text: '亿美元' },
  { unit: 'people', text: '万人' },
  { unit: 'visits', text: '次' },
  { unit: 'meetings', text: '次会晤' },
  { unit: 'member states', text: '个成员国' },
  { unit: 'km', text: '公里' },
  { unit: 'projects', text: '个项目' },
  { unit: 'companies', text: '家企业' },
  { unit: 'tonnes', text: '万吨' },
] as const;

let toTraditional: ((text: string) => string) | undefined;

function codePointCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function toWord(simplified: string): Word {
  toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  const converted = toTraditional(simplified);
  // A phrase conversion that changes the length would break nothing here, but keeping both
  // forms the same length keeps generated lengths independent of the script.
  const traditional = codePointCount(converted) === codePointCount(simplified) ? converted : simplified;
  return { simplified, traditional };
}

function words(list: string): Word[] {
  return list.split(/\s+/).filter(Boolean).map(toWord);
}

export type Vocabulary = {
  subjects: Word[];
  verbs: Word[];
  objects: Word[];
  modifiers: Word[];
  times: Word[];
  connectives: Word[];
  speechVerbs: Word[];
  outletStems: Word[];
  outletSuffixes: Word[];
  surnames: Word[];
  given: Word[];
  /**
   * Proper names, by rank (the first the most often named): of the names drawn, most have 2
   * characters (transliterated names, surname + given name), the rest 3 or 4 (places); the
   * two-character pools run out deep in the tail, which is mostly 3-character names.
   */
  names: Word[];
  /** Fixed function words the templates use ("的", "在", "将"…). */
  glue: Record<'de' | 'zai' | 'jiang' | 'he' | 'yu' | 'dui' | 'yi' | 'le' | 'jieshou' | 'caifang' | 'shi' | 'nian' | 'yue' | 'ri', Word>;
};

let cached: Vocabulary | undefined;

/**
 * `count` distinct proper names in a fixed order (the same on every run): none is a content
 * word, and none holds a character the bench's no-hit queries use (鑫, 淼).
 */
export function generateNames(count: number): string[] {
  const rng = createRng('synthetic-names');
  const syllables = TRANSLITERATION.split(/\s+/).filter(Boolean);
  const surnames = SURNAMES.split(/\s+/).filter(Boolean);
  const given = GIVEN.split(/\s+/).filter(Boolean);
  const places = PLACE_SUFFIXES.split(/\s+/).filter(Boolean);
  const taken = new Set([SUBJECTS, VERBS, OBJECTS, MODIFIERS, TIMES, CONNECTIVES].flatMap((list) => list.split(/\s+/)));
  const names: string[] = [];
  const seen = new Set<string>();
  while (names.length < count) {
    const roll = rng.next();
    const name =
      roll < 0.35 ? rng.pick(syllables) + rng.pick(syllables)
      : roll < 0.65 ? rng.pick(surnames) + rng.pick(given)
      : roll < 0.8 ? rng.pick(surnames) + rng.pick(given) + rng.pick(given)
      : roll < 0.93 ? rng.pick(syllables) + rng.pick(syllables) + rng.pick(syllables)
      : rng.pick(syllables) + rng.pick(syllables) + rng.pick(syllables) + rng.pick(places);
    if (seen.has(name) || taken.has(name) || /[鑫淼]/.test(name)) continue;
    seen.add(name);
    names.push(name);
  }
  return names;
}

export function getVocabulary(): Vocabulary {
  cached ??= {
    subjects: words(SUBJECTS),
    verbs: words(VERBS),
    objects: words(OBJECTS),
    modifiers: words(MODIFIERS),
    times: words(TIMES),
    connectives: words(CONNECTIVES),
    speechVerbs: words(SPEECH_VERBS),
    outletStems: words(OUTLET_STEMS),
    outletSuffixes: words(OUTLET_SUFFIXES),
    surnames: words(SURNAMES),
    given: words(GIVEN),
    names: generateNames(NAME_COUNT).map(toWord),
    glue: {
      de: toWord('的'),
      zai: toWord('在'),
      jiang: toWord('将'),
      he: toWord('和'),
      yu: toWord('与'),
      dui: toWord('对'),
      yi: toWord('已'),
      le: toWord('了'),
      jieshou: toWord('接受'),
      caifang: toWord('采访'),
      shi: toWord('时'),
      nian: toWord('年'),
      yue: toWord('月'),
      ri: toWord('日'),
    },
  };
  return cached;
}

/** Every word of the content lists (not glue), for search-query sampling. */
export function contentWords(script: Script = 'simplified'): string[] {
  const v = getVocabulary();
  return [...v.subjects, ...v.verbs, ...v.objects, ...v.modifiers].map((w) => w[script]);
}
