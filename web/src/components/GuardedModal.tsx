import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Modal, type ModalProps } from '@mantine/core';
import { getLang, translate } from '../i18n/i18n.ts';
import { useLeaveGuard } from './useLeaveGuard.ts';

interface DirtyReport {
  setDirty: (dirty: boolean) => void;
  requestClose: () => void;
}

const DirtyContext = createContext<DirtyReport | null>(null);
const noop = () => undefined;

/**
 * A modal holding a form: while the form reports unsaved changes (useModalDirty), closing it by
 * its cross, Escape, a click outside or Cancel asks first, with the question the pages ask when
 * left (useLeaveGuard), which also guards the app's links and the tab while it is dirty.
 */
export function GuardedModal({
  onClose,
  children,
  dirty: dirtyProp,
  ...props
}: ModalProps & {
  /** For a modal whose form state lives in the component rendering it (no useModalDirty below). */
  dirty?: boolean;
}) {
  const [dirty, setDirty] = useState(false);
  // Read at the moment of closing: a save that just succeeded has already reported clean.
  const dirtyNow = useRef(false);
  useLeaveGuard(dirty);
  useEffect(() => {
    if (!props.opened) setDirty((dirtyNow.current = false));
  }, [props.opened]);
  const report = useMemo<DirtyReport>(
    () => ({
      setDirty: (value) => setDirty((dirtyNow.current = value)),
      requestClose: () => {
        if (dirtyNow.current && !window.confirm(translate(getLang(), 'form.unsavedChanges'))) return;
        setDirty((dirtyNow.current = false));
        onClose();
      },
    }),
    [onClose],
  );
  useEffect(() => {
    if (dirtyProp !== undefined) report.setDirty(dirtyProp);
  }, [report, dirtyProp]);
  return (
    <DirtyContext.Provider value={report}>
      <Modal {...props} onClose={report.requestClose}>
        {children}
      </Modal>
    </DirtyContext.Provider>
  );
}

/** Tells the enclosing GuardedModal whether its form holds unsaved changes; returns Cancel, which asks first. */
export function useModalDirty(dirty: boolean): () => void {
  const report = useContext(DirtyContext);
  useEffect(() => report?.setDirty(dirty), [report, dirty]);
  return report?.requestClose ?? noop;
}

/** The Cancel button of a GuardedModal whose dirty state is given as its `dirty` prop: asks first too. */
export function GuardedCancel({ label, testId }: { label: string; testId: string }) {
  const report = useContext(DirtyContext);
  return (
    <Button variant="default" onClick={report?.requestClose ?? noop} data-testid={testId}>
      {label}
    </Button>
  );
}
