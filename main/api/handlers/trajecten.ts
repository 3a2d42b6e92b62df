import { ApiError } from '../../../shared/api/errors';
import type { Handler } from '../types';

const notFound = () => new ApiError('NOT_FOUND', 'Dit traject bestaat niet (meer). Misschien is het verwijderd.');

export const listTrajecten: Handler<'trajecten.list'> = (_input, { services }) => services.trajecten.list();

export const getTraject: Handler<'trajecten.get'> = ({ id }, { services }) => {
  const traject = services.trajecten.get(id);
  if (!traject) throw notFound();
  return traject;
};

export const createTraject: Handler<'trajecten.create'> = (input, { services }) => services.trajecten.create(input);

export const updateTraject: Handler<'trajecten.update'> = (input, { services }) => {
  const traject = services.trajecten.update(input);
  if (!traject) throw notFound();
  return traject;
};

export const deleteTraject: Handler<'trajecten.delete'> = ({ id }, { services }) => {
  if (!services.trajecten.delete(id)) throw notFound();
  return { id };
};
