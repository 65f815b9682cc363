/**
 * Menu labels in the app's three languages. The menu is built by main before the renderer's i18n exists,
 * so its few words live here.
 */

export type MenuLanguage = 'en' | 'zh-Hant' | 'zh-Hans';

/** Chooses the menu language from a BCP 47 tag: zh-TW/HK/MO and zh-Hant → Traditional, other zh → Simplified. */
export function pickMenuLanguage(locale: string): MenuLanguage {
  const tag = locale.toLowerCase();
  if (!tag.startsWith('zh')) return 'en';
  return /hant|-tw|-hk|-mo/.test(tag) ? 'zh-Hant' : 'zh-Hans';
}

const en = {
  file: '&File',
  open: 'Open…',
  startScreen: 'Start Screen',
  settings: 'Settings…',
  quit: 'Quit',
  edit: '&Edit',
  copy: 'Copy',
  selectAll: 'Select All',
  find: 'Find…',
  view: '&View',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  zoomReset: 'Actual Size',
  fullScreen: 'Full Screen',
  help: '&Help',
  exportPdf: 'Annotated PDF…',
  about: 'About Tickmark',
  importMenu: 'Import',
  exportMenu: 'Export',
  webAnnotations: 'Web Annotations (JSON-LD)…',
  figureLedger: 'Figure Ledger (CSV, XLSX)…',
  backUpReview: 'Back Up Review…',
  restoreBackup: 'Restore…',
};

export type MenuLabels = typeof en;

export const menuLabels: Record<MenuLanguage, MenuLabels> = {
  en,
  'zh-Hant': {
    file: '檔案(&F)',
    open: '開啟…',
    startScreen: '開始畫面',
    settings: '設定…',
    quit: '結束',
    edit: '編輯(&E)',
    copy: '複製',
    selectAll: '全選',
    find: '尋找…',
    view: '檢視(&V)',
    zoomIn: '放大',
    zoomOut: '縮小',
    zoomReset: '實際大小',
    fullScreen: '全螢幕',
    help: '說明(&H)',
    exportPdf: '附註解的 PDF…',
    about: '關於 Tickmark',
    importMenu: '匯入',
    exportMenu: '匯出',
    webAnnotations: 'Web 註解（JSON-LD）…',
    figureLedger: '數字核對表（CSV、XLSX）…',
    backUpReview: '備份審閱…',
    restoreBackup: '還原…',
  },
  'zh-Hans': {
    file: '文件(&F)',
    open: '打开…',
    startScreen: '开始屏幕',
    settings: '设置…',
    quit: '退出',
    edit: '编辑(&E)',
    copy: '复制',
    selectAll: '全选',
    find: '查找…',
    view: '视图(&V)',
    zoomIn: '放大',
    zoomOut: '缩小',
    zoomReset: '实际大小',
    fullScreen: '全屏',
    help: '帮助(&H)',
    exportPdf: '带批注的 PDF…',
    about: '关于 Tickmark',
    importMenu: '导入',
    exportMenu: '导出',
    webAnnotations: 'Web 批注（JSON-LD）…',
    figureLedger: '数字核对表（CSV、XLSX）…',
    backUpReview: '备份审阅…',
    restoreBackup: '还原…',
  },
};
