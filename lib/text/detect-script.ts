// Owns telling Traditional from Simplified Chinese text.
//
// Method: count occurrences of common characters whose Traditional and
// Simplified forms differ. Each pair below is (Traditional, Simplified) and
// both forms are script-specific: characters that are also ordinary words in
// the other script (后, 系, 准, 范, 制, 征, 托, 里, 面, 只, 台, 干, 复, 筑, 庄,
// 党, 据, 迹, 冲, 万, 么, 于, 伙, 斗, 丑, 秘 …) or common Hong Kong variants
// (内, 税, 户, 却) are listed in AMBIGUOUS and skipped, so a hit is real evidence.
// Published text mixes scripts a little (BBC's Simplified pages contain 關係
// and 宣佈; Kanzhongguo's Traditional pages contain 短网址 and 来源), so the
// decision is a majority vote, not "any Traditional character".

export type ChineseScript = 'zh-Hans' | 'zh-Hant';

const TRADITIONAL =
  '國會說這為來對時與關發經們個學長東車門見話語讀書問題開間當還進過實現點體動員機網電報導歲覺應該際總務產業權單區張將從無給變聲聽親愛歷軍習連運遠達邊專義議論認識證選擇標確師級統類質農輕陽陰隊險難響頭顯風飛馬齊龍華羅烏蘭聯戰爭組織濟設計資貿錢銀價術藝醫藥衛環壓態勢擊擴護歐亞細線絡結構維團協調談訪謀強創辦傳視頻廣場縣鄉鎮屬離雙雜顧領靈歡驗獨層嚴廳歸殺氣漢灣熱獎盡監盤眾礎禮稱積穩窮競簡紀約紅純紙終綠緊編練繼續罷聞職臉興舉舊處號裝規觀記訊評試詩誠誤請諾謝講讓貝負財責貨購費賣趙踐軟較載輪遲適鄰針鐵錯鍵閉陸陳隨雖靜韓項須預飯館駐魚鳥麗黃齒億僅價優兩內剛動勞務勝協卻參變另員圍圖園執報場壞壯夠夢夥奪奮婦媽孫寫寶將對導屆幣幫廠彈彥徑復徹憂憶應懷戲戶拋掃掛揮損搖擁據攜敗敵數斷於時晉會東槍歲氣沒滅濃為烏無營燈爭狀獲現環產畫當疊發盜盡監確碼礙祕稅種稱築紐絕統經網緒總編繁罰義聯聲脅腦臨與艦葉藍蘇蟲補襲見規覽觸計詢該詳誰調論證識議護讀變讓豐負貧貴貸賓質輯輸轉辭農邁邏還鄧醜針錄鏡長開閱關陣陸險隱雞電韋頁項順須領頻題類風飛養體鬥鬧點黨齊龍';
const SIMPLIFIED =
  '国会说这为来对时与关发经们个学长东车门见话语读书问题开间当还进过实现点体动员机网电报导岁觉应该际总务产业权单区张将从无给变声听亲爱历军习连运远达边专义议论认识证选择标确师级统类质农轻阳阴队险难响头显风飞马齐龙华罗乌兰联战争组织济设计资贸钱银价术艺医药卫环压态势击扩护欧亚细线络结构维团协调谈访谋强创办传视频广场县乡镇属离双杂顾领灵欢验独层严厅归杀气汉湾热奖尽监盘众础礼称积稳穷竞简纪约红纯纸终绿紧编练继续罢闻职脸兴举旧处号装规观记讯评试诗诚误请诺谢讲让贝负财责货购费卖赵践软较载轮迟适邻针铁错键闭陆陈随虽静韩项须预饭馆驻鱼鸟丽黄齿亿仅价优两内刚动劳务胜协却参变另员围图园执报场坏壮够梦伙夺奋妇妈孙写宝将对导届币帮厂弹彦径复彻忧忆应怀戏户抛扫挂挥损摇拥据携败敌数断于时晋会东枪岁气没灭浓为乌无营灯争状获现环产画当叠发盗尽监确码碍秘税种称筑纽绝统经网绪总编繁罚义联声胁脑临与舰叶蓝苏虫补袭见规览触计询该详谁调论证识议护读变让丰负贫贵贷宾质辑输转辞农迈逻还邓丑针录镜长开阅关阵陆险隐鸡电韦页项顺须领频题类风飞养体斗闹点党齐龙';

// The strings above are aligned pair by pair; building the sets from them (and
// dropping any accidental self-pair or ambiguous entry) keeps the table easy to extend.
const AMBIGUOUS = new Set(Array.from('后系准范制征托里面只台干复筑庄党据迹冲万么于伙斗丑秘却内税户另繁'));

function buildSets(): { traditional: Set<string>; simplified: Set<string> } {
  const trad = Array.from(TRADITIONAL);
  const simp = Array.from(SIMPLIFIED);
  if (trad.length !== simp.length) {
    throw new Error(`detect-script table misaligned: ${trad.length} vs ${simp.length}`);
  }
  const traditional = new Set<string>();
  const simplified = new Set<string>();
  trad.forEach((t, i) => {
    const s = simp[i] as string;
    if (t === s || AMBIGUOUS.has(t) || AMBIGUOUS.has(s)) return;
    traditional.add(t);
    simplified.add(s);
  });
  return { traditional, simplified };
}

const SETS = buildSets();

export type ScriptCounts = { traditional: number; simplified: number };

export function countScriptMarkers(text: string): ScriptCounts {
  let traditional = 0;
  let simplified = 0;
  for (const ch of text) {
    if (SETS.traditional.has(ch)) traditional++;
    else if (SETS.simplified.has(ch)) simplified++;
  }
  return { traditional, simplified };
}

/**
 * The script the text is written in, or null when it carries no evidence
 * either way (no differing characters, or a tie).
 */
export function detectChineseScript(text: string): ChineseScript | null {
  const { traditional, simplified } = countScriptMarkers(text);
  if (traditional === simplified) return null;
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}
